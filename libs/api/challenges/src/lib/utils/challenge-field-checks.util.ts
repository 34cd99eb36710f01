import {
  CATEGORY_TITLE_MAX_LENGTH,
  CHALLENGE_TITLE_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  type FieldError,
} from '@lukuhaaste/shared/util-rules';
import type { LocalizedTextRules } from './check-localized-text.util';

export const CHALLENGE_YEAR_MIN = 2000;
export const CHALLENGE_YEAR_MAX = 2100;

export const CHALLENGE_TITLE_RULES: LocalizedTextRules = { maxLength: CHALLENGE_TITLE_MAX_LENGTH, multiline: false };
export const CATEGORY_TITLE_RULES: LocalizedTextRules = { maxLength: CATEGORY_TITLE_MAX_LENGTH, multiline: false };
export const DESCRIPTION_RULES: LocalizedTextRules = { maxLength: DESCRIPTION_MAX_LENGTH, multiline: true };

export function checkYear(field: string, year: number): FieldError | null {
  return Number.isInteger(year) && year >= CHALLENGE_YEAR_MIN && year <= CHALLENGE_YEAR_MAX
    ? null
    : { field, code: 'OUT_OF_RANGE', params: { min: CHALLENGE_YEAR_MIN, max: CHALLENGE_YEAR_MAX } };
}

/** The period must not end before it starts; reported on `endsOn`. */
export function checkPeriod(startsOn: string, endsOn: string): FieldError | null {
  return endsOn < startsOn ? { field: 'endsOn', code: 'BEFORE_START' } : null;
}
