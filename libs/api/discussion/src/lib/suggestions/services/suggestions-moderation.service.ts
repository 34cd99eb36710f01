import { Injectable } from '@nestjs/common';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import type { EntityManager } from 'typeorm';
import type { HiddenBy, ModerationChange } from '../../services/discussion-moderation.service';
import { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionsException, SuggestionsExceptionCode } from '../suggestions.exception';
import { hiddenColumns } from '../../utils/hidden-columns.util';

/**
 * What the moderation context may do to suggestions, in its own transaction.
 * Suggestions have no live events, so a change's `event` is always null; the
 * shape matches DiscussionModeration's so moderation handles both alike.
 */
@Injectable()
export class SuggestionsModeration {
  /** Locks the row FOR UPDATE: an automatic hide racing a librarian changes it once. */
  async setSuggestionHidden(
    suggestionId: string,
    hidden: boolean,
    by: HiddenBy,
    manager: EntityManager,
  ): Promise<ModerationChange<CategorySuggestionEntity>> {
    assertValid([checkUuid('suggestionId', suggestionId)]);
    const suggestion = await manager.findOne(CategorySuggestionEntity, {
      where: { id: suggestionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!suggestion) throw new SuggestionsException(SuggestionsExceptionCode.SUGGESTION_NOT_FOUND);
    if ((suggestion.hiddenAt !== null) === hidden) return { value: suggestion, changed: false, event: null };
    await manager.update(CategorySuggestionEntity, { id: suggestionId }, hiddenColumns(hidden, by));
    return {
      value: await manager.findOneByOrFail(CategorySuggestionEntity, { id: suggestionId }),
      changed: true,
      event: null,
    };
  }
}
