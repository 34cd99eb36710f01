import { Injectable } from '@nestjs/common';
import { isStaff, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengesService, ChallengeStatus, type ChallengeEntity } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import type { EntityManager } from 'typeorm';
import { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionsException, SuggestionsExceptionCode } from '../suggestions.exception';

export interface LockedSuggestion {
  suggestion: CategorySuggestionEntity;
  challenge: ChallengeEntity;
}

/** Finding a suggestion the way its viewer may: one in a draft challenge does not exist for patrons. */
@Injectable()
export class SuggestionAccess {
  constructor(private readonly challenges: ChallengesService) {}

  /**
   * Locks the suggestion FOR UPDATE in the caller's transaction (votes, merges,
   * adoption and moderation of one suggestion take turns) and reads its
   * challenge on the same connection.
   */
  async lock(manager: EntityManager, id: string, viewer: UserEntity | null): Promise<LockedSuggestion> {
    assertValid([checkUuid('id', id)]);
    const suggestion = await manager.findOne(CategorySuggestionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const challenge = suggestion ? await this.challenges.findById(suggestion.challengeId, manager) : null;
    if (!suggestion || !challenge || (challenge.status === ChallengeStatus.DRAFT && !isStaff(viewer)))
      throw new SuggestionsException(SuggestionsExceptionCode.SUGGESTION_NOT_FOUND);
    return { suggestion, challenge };
  }
}
