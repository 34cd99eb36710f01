import { DISPLAY_NAME_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';

/** Display names may have spaces ("Kirja Kettu"); a mention is matched on up to this many words after the @. */
const MAX_WORDS = 4;
const TRAILING_PUNCTUATION = /[.,!?:;)\]}'"”’]+$/u;

/**
 * For each `@` that starts a word, the lower-cased names it could mean,
 * longest first ("@Kirja Kettu kiitos" → "kirja kettu kiitos", "kirja kettu",
 * "kirja"). The caller keeps, per mention, the longest that is a real
 * display name; matching is case-insensitive like the names' lookup.
 */
export function mentionCandidates(body: string): string[][] {
  const mentions: string[][] = [];
  for (const match of body.matchAll(/(?<![\p{L}\p{N}_@])@([^\s@][^@\n]*)/gu)) {
    const words = (match[1] ?? '').split(/\s+/u).filter(Boolean).slice(0, MAX_WORDS);
    const candidates: string[] = [];
    for (let count = words.length; count >= 1; count -= 1) {
      const name = words.slice(0, count).join(' ').replace(TRAILING_PUNCTUATION, '').toLowerCase();
      if (name.length > 0 && [...name].length <= DISPLAY_NAME_MAX_LENGTH && !candidates.includes(name))
        candidates.push(name);
    }
    if (candidates.length > 0) mentions.push(candidates);
  }
  return mentions;
}
