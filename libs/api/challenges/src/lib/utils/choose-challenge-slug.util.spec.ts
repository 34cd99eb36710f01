import { chooseChallengeSlug } from './choose-challenge-slug.util';

describe(chooseChallengeSlug.name, () => {
  it('uses lukuhaaste-<year> when free', () => {
    expect(chooseChallengeSlug(2026, [])).toBe('lukuhaaste-2026');
    expect(chooseChallengeSlug(2026, ['lukuhaaste-2025'])).toBe('lukuhaaste-2026');
  });

  it('adds the first free suffix from -2 on', () => {
    expect(chooseChallengeSlug(2026, ['lukuhaaste-2026'])).toBe('lukuhaaste-2026-2');
    expect(chooseChallengeSlug(2026, ['lukuhaaste-2026', 'lukuhaaste-2026-2', 'lukuhaaste-2026-4'])).toBe(
      'lukuhaaste-2026-3',
    );
  });
});
