import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';

export enum SuggestionsExceptionCode {
  SUGGESTION_NOT_FOUND = 'SUGGESTION_NOT_FOUND',
  /** The challenge is not taking suggestions (suggestionsOpen off, or archived): no new ones, no votes. */
  SUGGESTIONS_CLOSED = 'SUGGESTIONS_CLOSED',
  /** A moderator hid it: it cannot collect votes until restored. */
  SUGGESTION_HIDDEN = 'SUGGESTION_HIDDEN',
  /** Already merged or adopted: votes, merges and adoption need an OPEN suggestion. */
  SUGGESTION_NOT_OPEN = 'SUGGESTION_NOT_OPEN',
  /** Adoption adds a category, which only a draft challenge takes. */
  TARGET_NOT_DRAFT = 'TARGET_NOT_DRAFT',
  /** A merge joins two different suggestions of one challenge. */
  INVALID_MERGE_TARGET = 'INVALID_MERGE_TARGET',
}

const DETAILS: Record<SuggestionsExceptionCode, DomainErrorDetails> = {
  SUGGESTION_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Suggestion was not found.' },
  SUGGESTIONS_CLOSED: { graphqlCode: 'FORBIDDEN', message: 'This challenge is not taking suggestions now.' },
  SUGGESTION_HIDDEN: { graphqlCode: 'FORBIDDEN', message: 'The suggestion is hidden by a moderator.' },
  SUGGESTION_NOT_OPEN: { graphqlCode: 'CONFLICT', message: 'The suggestion was already merged or adopted.' },
  TARGET_NOT_DRAFT: {
    graphqlCode: 'CONFLICT',
    message: 'A suggestion can be adopted only into a draft challenge.',
    field: { field: 'targetChallengeId', code: 'INVALID_VALUE' },
  },
  INVALID_MERGE_TARGET: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'Merge into another suggestion of the same challenge.',
    field: { field: 'targetId', code: 'INVALID_VALUE' },
  },
};

/** Errors carry the code as `extensions.reason` (e.g. FORBIDDEN + SUGGESTIONS_CLOSED). */
export class SuggestionsException extends TabledDomainException<SuggestionsExceptionCode> {
  constructor(code: SuggestionsExceptionCode) {
    super(code, DETAILS);
  }
}
