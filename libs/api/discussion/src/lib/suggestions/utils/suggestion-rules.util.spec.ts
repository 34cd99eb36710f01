import { Role, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengeStatus, type ChallengeEntity } from '@lukuhaaste/api/challenges';
import type { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionStatus } from '../enums/suggestion-status.enum';
import { SuggestionsException } from '../suggestions.exception';
import { canReadSuggestionText, requireSuggestionsOpen, requireVotable } from './suggestion-rules.util';

const challenge = (status: ChallengeStatus, suggestionsOpen: boolean) =>
  ({ status, suggestionsOpen }) as ChallengeEntity;
const suggestion = (status: SuggestionStatus, hiddenAt: Date | null = null) =>
  ({ status, hiddenAt }) as CategorySuggestionEntity;
const user = (role: Role) => ({ id: 'u', role }) as UserEntity;
const reasonOf = (action: () => void) => {
  try {
    action();
    return 'ok';
  } catch (error) {
    return error instanceof SuggestionsException ? error.code : 'unexpected';
  }
};

describe('suggestion rules', () => {
  it('takes suggestions only while open and not archived', () => {
    expect(reasonOf(() => requireSuggestionsOpen(challenge(ChallengeStatus.PUBLISHED, true)))).toBe('ok');
    expect(reasonOf(() => requireSuggestionsOpen(challenge(ChallengeStatus.DRAFT, true)))).toBe('ok');
    expect(reasonOf(() => requireSuggestionsOpen(challenge(ChallengeStatus.PUBLISHED, false)))).toBe(
      'SUGGESTIONS_CLOSED',
    );
    expect(reasonOf(() => requireSuggestionsOpen(challenge(ChallengeStatus.ARCHIVED, true)))).toBe(
      'SUGGESTIONS_CLOSED',
    );
  });

  it('lets votes reach only open, visible suggestions', () => {
    expect(reasonOf(() => requireVotable(suggestion(SuggestionStatus.OPEN)))).toBe('ok');
    expect(reasonOf(() => requireVotable(suggestion(SuggestionStatus.OPEN, new Date())))).toBe('SUGGESTION_HIDDEN');
    expect(reasonOf(() => requireVotable(suggestion(SuggestionStatus.MERGED)))).toBe('SUGGESTION_NOT_OPEN');
    expect(reasonOf(() => requireVotable(suggestion(SuggestionStatus.ADOPTED)))).toBe('SUGGESTION_NOT_OPEN');
  });

  it("shows a hidden suggestion's text to staff only", () => {
    const hidden = suggestion(SuggestionStatus.OPEN, new Date());
    expect(canReadSuggestionText(hidden, null)).toBe(false);
    expect(canReadSuggestionText(hidden, user(Role.PATRON))).toBe(false);
    expect(canReadSuggestionText(hidden, user(Role.LIBRARIAN))).toBe(true);
    expect(canReadSuggestionText(hidden, user(Role.ADMIN))).toBe(true);
    expect(canReadSuggestionText(suggestion(SuggestionStatus.OPEN), null)).toBe(true);
  });
});
