import { DomainException } from '@lukuhaaste/api/common';
import type { ErrorCode, FieldError } from '@lukuhaaste/shared/util-rules';

export enum ChallengesExceptionCode {
  CHALLENGE_NOT_FOUND = 'CHALLENGE_NOT_FOUND',
  CATEGORY_NOT_FOUND = 'CATEGORY_NOT_FOUND',
  /** Structural edits (dates, reuse, categories) and publishing need a DRAFT. */
  NOT_DRAFT = 'NOT_DRAFT',
  /** An archived challenge is read-only, texts included. */
  ARCHIVED = 'ARCHIVED',
  /** Only a PUBLISHED challenge can be archived or joined. */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  YEAR_ALREADY_PUBLISHED = 'YEAR_ALREADY_PUBLISHED',
  NO_CATEGORIES = 'NO_CATEGORIES',
  SLUG_TAKEN = 'SLUG_TAKEN',
}

const GRAPHQL_CODES: Record<ChallengesExceptionCode, ErrorCode> = {
  CHALLENGE_NOT_FOUND: 'NOT_FOUND',
  CATEGORY_NOT_FOUND: 'NOT_FOUND',
  NOT_DRAFT: 'FORBIDDEN',
  ARCHIVED: 'FORBIDDEN',
  NOT_PUBLISHED: 'FORBIDDEN',
  YEAR_ALREADY_PUBLISHED: 'CONFLICT',
  NO_CATEGORIES: 'BAD_USER_INPUT',
  SLUG_TAKEN: 'CONFLICT',
};

const MESSAGES: Record<ChallengesExceptionCode, string> = {
  CHALLENGE_NOT_FOUND: 'Challenge was not found.',
  CATEGORY_NOT_FOUND: 'Category was not found.',
  NOT_DRAFT: 'Only a draft challenge can be changed this way.',
  ARCHIVED: 'An archived challenge cannot be changed.',
  NOT_PUBLISHED: 'The challenge is not open.',
  YEAR_ALREADY_PUBLISHED: 'Another challenge of this year is already published.',
  NO_CATEGORIES: 'A challenge needs at least one category before it is published.',
  SLUG_TAKEN: 'No free address for this challenge; try again.',
};

const FIELDS: Partial<Record<ChallengesExceptionCode, FieldError>> = {
  YEAR_ALREADY_PUBLISHED: { field: 'year', code: 'TAKEN' },
  NO_CATEGORIES: { field: 'categories', code: 'REQUIRED' },
};

export class ChallengesException extends DomainException<ChallengesExceptionCode> {
  readonly graphqlCode: ErrorCode;

  constructor(code: ChallengesExceptionCode) {
    const field = FIELDS[code];
    super(code, MESSAGES[code], field ? [field] : []);
    this.graphqlCode = GRAPHQL_CODES[code];
  }
}
