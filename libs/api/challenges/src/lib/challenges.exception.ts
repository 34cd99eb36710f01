import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';

export enum ChallengesExceptionCode {
  CHALLENGE_NOT_FOUND = 'CHALLENGE_NOT_FOUND',
  CATEGORY_NOT_FOUND = 'CATEGORY_NOT_FOUND',
  PAPER_PARTICIPATION_NOT_FOUND = 'PAPER_PARTICIPATION_NOT_FOUND',
  /** Structural edits (dates, reuse, categories) and publishing need a DRAFT. */
  NOT_DRAFT = 'NOT_DRAFT',
  /** An archived challenge is read-only, texts included. */
  ARCHIVED = 'ARCHIVED',
  /** Only a PUBLISHED challenge can be archived or joined. */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  YEAR_ALREADY_PUBLISHED = 'YEAR_ALREADY_PUBLISHED',
  NO_CATEGORIES = 'NO_CATEGORIES',
  SLUG_TAKEN = 'SLUG_TAKEN',
  /** Sharing needs a participation: the patron has not joined this challenge. */
  PARTICIPATION_NOT_FOUND = 'PARTICIPATION_NOT_FOUND',
  /** One answer for unknown, revoked and deleted alike, so addresses cannot be probed. */
  SHARED_PROGRESS_NOT_FOUND = 'SHARED_PROGRESS_NOT_FOUND',
}

const DETAILS: Record<ChallengesExceptionCode, DomainErrorDetails> = {
  CHALLENGE_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Challenge was not found.' },
  CATEGORY_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Category was not found.' },
  PAPER_PARTICIPATION_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Paper participation was not found.' },
  NOT_DRAFT: { graphqlCode: 'FORBIDDEN', message: 'Only a draft challenge can be changed this way.' },
  ARCHIVED: { graphqlCode: 'FORBIDDEN', message: 'An archived challenge cannot be changed.' },
  NOT_PUBLISHED: { graphqlCode: 'FORBIDDEN', message: 'The challenge is not open.' },
  YEAR_ALREADY_PUBLISHED: {
    graphqlCode: 'CONFLICT',
    message: 'Another challenge of this year is already published.',
    field: { field: 'year', code: 'TAKEN' },
  },
  NO_CATEGORIES: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'A challenge needs at least one category before it is published.',
    field: { field: 'categories', code: 'REQUIRED' },
  },
  SLUG_TAKEN: { graphqlCode: 'CONFLICT', message: 'No free address for this challenge; try again.' },
  PARTICIPATION_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'You have not joined this challenge.' },
  SHARED_PROGRESS_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Nothing is shared at this address.' },
};

export class ChallengesException extends TabledDomainException<ChallengesExceptionCode> {
  constructor(code: ChallengesExceptionCode) {
    super(code, DETAILS);
  }
}
