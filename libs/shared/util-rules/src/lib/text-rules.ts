import type { FieldError } from './field-errors';

/**
 * Characters no user text may contain: NUL (Postgres text cannot store it),
 * other C0 controls except tab/newline, and bidi overrides that can disguise
 * a name (e.g. U+202E). Zero-width joiners stay allowed for emoji.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN_CHARACTERS.test(value);
}

/** Validates a single-line text such as a display name; returns the first problem or null. */
export function checkSingleLineText(field: string, value: string, min: number, max: number): FieldError | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return { field, code: 'REQUIRED' };
  if (hasForbiddenCharacters(value) || /[\r\n\t]/.test(value)) return { field, code: 'INVALID_CHARACTERS' };
  if ([...trimmed].length < min) return { field, code: 'TOO_SHORT', params: { min } };
  if ([...trimmed].length > max) return { field, code: 'TOO_LONG', params: { max } };
  return null;
}

/** A pragmatic check: one @, no spaces, a dot in the domain. Real proof is a confirmation mail. */
export function isPlausibleEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
