/**
 * Codes the API puts in `extensions.fields[].code` of a BAD_USER_INPUT or
 * CONFLICT error; the web app translates each one next to its form field.
 */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_EMAIL',
  'INVALID_CHARACTERS',
  'EMAIL_TAKEN',
  'WRONG_PASSWORD',
  'INVALID_VALUE',
  'INVALID_ISBN',
  'INVALID_DATE',
  'BEFORE_START',
  'AFTER_END',
  'IN_FUTURE',
  'OUT_OF_RANGE',
  'ALREADY_LOGGED',
  'BOOK_ALREADY_USED',
  'TOO_MANY_UNPLACED',
  'TAKEN',
  // A Goodreads import file as a whole (field `csv`).
  'NOT_CSV',
  'MALFORMED_CSV',
  'MISSING_COLUMNS',
  'TOO_MANY_ROWS',
  'FILE_TOO_LARGE',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  /** Input field name, e.g. `email` (not the full GraphQL path). */
  field: string;
  code: FieldErrorCode;
  /** Values the message needs, e.g. `{ min: 10 }` for TOO_SHORT. */
  params?: Record<string, number>;
}

/** Values of `extensions.code` on GraphQL errors returned by the API. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  /** PostgreSQL cannot be reached (restarting, overloaded); the same request may work in a moment. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
