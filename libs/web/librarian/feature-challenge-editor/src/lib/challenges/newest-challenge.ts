import type { ChallengeSummary } from '@lukuhaaste/web/data-access/librarian';

/** The challenge "Clone last year" copies: the latest year, and within it the published one if any. */
export function newestChallenge(challenges: readonly ChallengeSummary[]): ChallengeSummary | null {
  const rank = (challenge: ChallengeSummary) =>
    challenge.year * 10 + (challenge.status === 'PUBLISHED' ? 2 : challenge.status === 'ARCHIVED' ? 1 : 0);
  return challenges.reduce<ChallengeSummary | null>(
    (best, challenge) => (!best || rank(challenge) > rank(best) ? challenge : best),
    null,
  );
}
