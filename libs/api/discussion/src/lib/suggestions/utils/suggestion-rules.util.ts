import { isStaff, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengeStatus, type ChallengeEntity } from '@lukuhaaste/api/challenges';
import type { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionStatus } from '../enums/suggestion-status.enum';
import { SuggestionsException, SuggestionsExceptionCode } from '../suggestions.exception';

/** An archived challenge takes no suggestions or votes even if the librarian left them open. */
export function requireSuggestionsOpen(challenge: ChallengeEntity): void {
  if (!challenge.suggestionsOpen || challenge.status === ChallengeStatus.ARCHIVED)
    throw new SuggestionsException(SuggestionsExceptionCode.SUGGESTIONS_CLOSED);
}

/** Votes go to OPEN, visible suggestions only, so counts freeze once merged, adopted or hidden. */
export function requireVotable(suggestion: CategorySuggestionEntity): void {
  if (suggestion.hiddenAt) throw new SuggestionsException(SuggestionsExceptionCode.SUGGESTION_HIDDEN);
  requireOpen(suggestion);
}

export function requireOpen(suggestion: CategorySuggestionEntity): void {
  if (suggestion.status !== SuggestionStatus.OPEN)
    throw new SuggestionsException(SuggestionsExceptionCode.SUGGESTION_NOT_OPEN);
}

/** Like comments: a hidden suggestion's text is for staff only (its author sees the placeholder too). */
export function canReadSuggestionText(suggestion: CategorySuggestionEntity, viewer: UserEntity | null): boolean {
  return suggestion.hiddenAt === null || isStaff(viewer);
}
