import type { ChallengeSharing } from '@lukuhaaste/web/data-access/reading';

export const SHARED_PATH = '/p/AbCdEfGhIjKlMnOp/2026';

/** A joined challenge's sharing choice as the API answers it (specs only). */
export function challengeSharing(enabled: boolean, year = 2026): ChallengeSharing {
  return {
    challengeId: `c${year}`,
    enabled,
    path: enabled ? SHARED_PATH : null,
    challenge: {
      id: `c${year}`,
      slug: `lukuhaaste-${year}`,
      year,
      title: { fi: `Helmet-lukuhaaste ${year}`, sv: null, en: `Helmet reading challenge ${year}` },
    },
  } as ChallengeSharing;
}
