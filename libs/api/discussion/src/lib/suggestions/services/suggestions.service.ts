import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertCanContribute, RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengesService } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import {
  checkSingleLineText,
  SUGGESTION_TEXT_MAX_LENGTH,
  SUGGESTION_TEXT_MIN_LENGTH,
} from '@lukuhaaste/shared/util-rules';
import { DataSource, Repository } from 'typeorm';
import { SUGGESTIONS_PER_DAY, VOTES_PER_MINUTE } from '../constants/suggestion-limits.constant';
import { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionVoteEntity } from '../entities/suggestion-vote.entity';
import { requireSuggestionsOpen, requireVotable } from '../utils/suggestion-rules.util';
import { SuggestionAccess } from './suggestion-access.service';

/**
 * What readers do with suggestions: suggest and vote. A vote is a row
 * (one per reader and suggestion); the count follows from a trigger, so
 * voting twice or unvoting twice changes nothing. Authors may vote for
 * their own suggestion like anyone else: nothing is counted for them
 * automatically, and the button works the same on every suggestion.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CategorySuggestionEntity) private readonly suggestions: Repository<CategorySuggestionEntity>,
    private readonly challenges: ChallengesService,
    private readonly access: SuggestionAccess,
    private readonly rateLimits: RateLimitService,
  ) {}

  async suggest(author: UserEntity, challengeId: string, text: string): Promise<CategorySuggestionEntity> {
    assertCanContribute(author);
    assertValid([
      checkUuid('challengeId', challengeId),
      checkSingleLineText('text', text, SUGGESTION_TEXT_MIN_LENGTH, SUGGESTION_TEXT_MAX_LENGTH),
    ]);
    requireSuggestionsOpen(await this.challenges.get({ id: challengeId }, author));
    await this.rateLimits.consume('discussion.suggest:user', author.id, SUGGESTIONS_PER_DAY);
    const suggestion = this.suggestions.create({ challengeId, authorId: author.id, text: text.trim() });
    await this.suggestions.insert(suggestion);
    return this.suggestions.findOneByOrFail({ id: suggestion.id });
  }

  vote(voter: UserEntity, id: string): Promise<CategorySuggestionEntity> {
    return this.setVote(voter, id, true);
  }

  unvote(voter: UserEntity, id: string): Promise<CategorySuggestionEntity> {
    return this.setVote(voter, id, false);
  }

  private async setVote(voter: UserEntity, id: string, voted: boolean): Promise<CategorySuggestionEntity> {
    assertCanContribute(voter);
    assertValid([checkUuid('id', id)]);
    await this.rateLimits.consume('discussion.vote:user', voter.id, VOTES_PER_MINUTE);
    return await this.dataSource.transaction(async (manager) => {
      const { suggestion, challenge } = await this.access.lock(manager, id, voter);
      requireSuggestionsOpen(challenge);
      requireVotable(suggestion);
      if (voted) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(SuggestionVoteEntity)
          .values({ suggestionId: id, userId: voter.id })
          .orIgnore()
          .execute();
      } else {
        await manager.delete(SuggestionVoteEntity, { suggestionId: id, userId: voter.id });
      }
      return manager.findOneByOrFail(CategorySuggestionEntity, { id });
    });
  }
}
