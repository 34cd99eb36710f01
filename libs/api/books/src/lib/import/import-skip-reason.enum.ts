import { registerEnumType } from '@nestjs/graphql';

/** Why an import left a row out; the web app translates each code. */
export enum ImportSkipReason {
  /** On the to-read, currently-reading or another shelf than read. */
  NOT_READ = 'NOT_READ',
  MISSING_DATE = 'MISSING_DATE',
  INVALID_DATE = 'INVALID_DATE',
  /** Title or authors missing, too long or with forbidden characters. */
  INVALID_BOOK = 'INVALID_BOOK',
  BEFORE_START = 'BEFORE_START',
  AFTER_END = 'AFTER_END',
  IN_FUTURE = 'IN_FUTURE',
  INVALID_RATING = 'INVALID_RATING',
  INVALID_REVIEW = 'INVALID_REVIEW',
  /** The patron already logged this book in the challenge (an earlier row or an earlier import). */
  ALREADY_LOGGED = 'ALREADY_LOGGED',
  TOO_MANY_UNPLACED = 'TOO_MANY_UNPLACED',
}

registerEnumType(ImportSkipReason, { name: 'ImportSkipReason' });
