import { ImportSkipReason } from '@lukuhaaste/api/books';
import { UNPLACED_ENTRIES_MAX } from '../constants/reading-limits.constant';

/** English text of each reason, for API clients other than the web app (which translates the code). */
export const IMPORT_SKIP_MESSAGES: Record<ImportSkipReason, string> = {
  NOT_READ: 'Not on the read shelf (to-read or currently reading).',
  MISSING_DATE: 'No Date Read, so it cannot be placed in the challenge period.',
  INVALID_DATE: 'Date Read is not a valid YYYY/MM/DD date.',
  INVALID_BOOK: 'Title or author is missing, too long or has characters that are not allowed.',
  BEFORE_START: 'Read before the challenge started.',
  AFTER_END: 'Read after the challenge ended.',
  IN_FUTURE: 'Date Read is in the future.',
  INVALID_RATING: 'My Rating is not 0–5.',
  INVALID_REVIEW: 'The review has characters that are not allowed.',
  ALREADY_LOGGED: 'This book is already logged in the challenge.',
  TOO_MANY_UNPLACED: `${UNPLACED_ENTRIES_MAX} books are waiting to be placed in a category; place some and import again.`,
};
