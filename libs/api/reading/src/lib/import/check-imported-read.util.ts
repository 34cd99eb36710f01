import { ImportSkipReason, type GoodreadsRead } from '@lukuhaaste/api/books';
import { REVIEW_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
import { checkEntryDetails, type ChallengePeriod } from '../utils/check-entry-details.util';

export type CheckedRead = GoodreadsRead & { reviewShortened: boolean };

const REASON_OF: Record<string, ImportSkipReason> = {
  BEFORE_START: ImportSkipReason.BEFORE_START,
  AFTER_END: ImportSkipReason.AFTER_END,
  IN_FUTURE: ImportSkipReason.IN_FUTURE,
  OUT_OF_RANGE: ImportSkipReason.INVALID_RATING,
  INVALID_CHARACTERS: ImportSkipReason.INVALID_REVIEW,
};

/**
 * A read from the file checked by the same rules as a logged book
 * (checkEntryDetails). A review over the limit is shortened rather than the
 * read skipped: the read counts for the challenge, the review's end is the
 * smaller loss (the report names the row).
 */
export function checkImportedRead(
  read: GoodreadsRead,
  period: ChallengePeriod,
  today: string,
): CheckedRead | ImportSkipReason {
  const characters = read.review === null ? [] : [...read.review];
  const reviewShortened = characters.length > REVIEW_MAX_LENGTH;
  const review = reviewShortened ? `${characters.slice(0, REVIEW_MAX_LENGTH - 1).join('')}…` : read.review;
  const [problem] = checkEntryDetails({ finishedOn: read.finishedOn, rating: read.rating, review }, period, today);
  if (problem) return REASON_OF[problem.code] ?? ImportSkipReason.INVALID_REVIEW;
  return { ...read, review, reviewShortened };
}
