export function baseChallengeSlug(year: number): string {
  return `lukuhaaste-${year}`;
}

/** `lukuhaaste-<year>`, or the first free `-2`, `-3` … suffix. */
export function chooseChallengeSlug(year: number, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = baseChallengeSlug(year);
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
