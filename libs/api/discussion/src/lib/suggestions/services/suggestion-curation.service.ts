import { Injectable } from '@nestjs/common';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { CategoriesService, ChallengesService, ChallengeStatus, type CategoryEntity } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid, type LocalizedTextInput } from '@lukuhaaste/api/common';
import { DataSource, In } from 'typeorm';
import { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionVoteEntity } from '../entities/suggestion-vote.entity';
import { SuggestionStatus } from '../enums/suggestion-status.enum';
import { SuggestionsException, SuggestionsExceptionCode } from '../suggestions.exception';
import { requireOpen } from '../utils/suggestion-rules.util';
import { SuggestionAccess } from './suggestion-access.service';

/** Librarians' work on the suggestions: folding duplicates together and turning one into a category. */
@Injectable()
export class SuggestionCuration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SuggestionAccess,
    private readonly challenges: ChallengesService,
    private readonly categories: CategoriesService,
  ) {}

  /**
   * The source's votes move to the target (a reader who voted for both keeps
   * one vote), the source becomes MERGED. Returns the source, whose
   * `mergedInto` is the target with its new count.
   */
  async merge(sourceId: string, targetId: string): Promise<CategorySuggestionEntity> {
    assertValid([checkUuid('sourceId', sourceId), checkUuid('targetId', targetId)]);
    if (sourceId === targetId) throw new SuggestionsException(SuggestionsExceptionCode.INVALID_MERGE_TARGET);
    return await this.dataSource.transaction(async (manager) => {
      // Both rows, locked in id order: opposite merges of one pair wait instead of deadlocking.
      const rows = await manager.find(CategorySuggestionEntity, {
        where: { id: In([sourceId, targetId]) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const source = rows.find((row) => row.id === sourceId);
      const target = rows.find((row) => row.id === targetId);
      if (!source || !target) throw new SuggestionsException(SuggestionsExceptionCode.SUGGESTION_NOT_FOUND);
      if (source.challengeId !== target.challengeId)
        throw new SuggestionsException(SuggestionsExceptionCode.INVALID_MERGE_TARGET);
      requireOpen(source);
      requireOpen(target);
      await manager.query(
        `INSERT INTO suggestion_votes (suggestion_id, user_id, created_at)
         SELECT $2, user_id, created_at FROM suggestion_votes WHERE suggestion_id = $1
         ON CONFLICT DO NOTHING`,
        [sourceId, targetId],
      );
      await manager.delete(SuggestionVoteEntity, { suggestionId: sourceId });
      await manager.update(
        CategorySuggestionEntity,
        { id: sourceId },
        { status: SuggestionStatus.MERGED, mergedIntoId: targetId },
      );
      return manager.findOneByOrFail(CategorySuggestionEntity, { id: sourceId });
    });
  }

  /**
   * Adds a category to a DRAFT challenge through the challenges context (its
   * rules and position numbering apply; the category's thread comes with it)
   * and marks the suggestion ADOPTED, all in one transaction. The title
   * defaults to the suggestion's text as the Finnish title.
   */
  async adopt(
    librarian: UserEntity,
    id: string,
    targetChallengeId: string,
    title: LocalizedTextInput | null,
  ): Promise<CategoryEntity> {
    assertValid([checkUuid('id', id), checkUuid('targetChallengeId', targetChallengeId)]);
    return await this.dataSource.transaction(async (manager) => {
      const { suggestion } = await this.access.lock(manager, id, librarian);
      requireOpen(suggestion);
      const target = await this.challenges.lockById(manager, targetChallengeId);
      if (target.status !== ChallengeStatus.DRAFT)
        throw new SuggestionsException(SuggestionsExceptionCode.TARGET_NOT_DRAFT);
      const category = await this.categories.add(
        targetChallengeId,
        { title: title ?? { fi: suggestion.text } },
        null,
        manager,
      );
      await manager.update(
        CategorySuggestionEntity,
        { id },
        { status: SuggestionStatus.ADOPTED, adoptedCategoryId: category.id },
      );
      return category;
    });
  }
}
