import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';

export enum BooksExceptionCode {
  ISBN_TAKEN = 'ISBN_TAKEN',
  ALREADY_FLAGGED = 'ALREADY_FLAGGED',
  MERGE_INTO_ITSELF = 'MERGE_INTO_ITSELF',
  /** Patrons kept changing entries of the two books while the merge retried. */
  MERGE_BUSY = 'MERGE_BUSY',
}

const DETAILS: Record<BooksExceptionCode, DomainErrorDetails> = {
  ISBN_TAKEN: {
    graphqlCode: 'CONFLICT',
    message: 'Another book in the catalogue has this ISBN; merge the two books instead.',
    field: { field: 'isbn', code: 'TAKEN' },
  },
  ALREADY_FLAGGED: {
    graphqlCode: 'CONFLICT',
    message: 'You have already reported this book; a librarian will look at it.',
    field: { field: 'bookId', code: 'TAKEN' },
  },
  MERGE_INTO_ITSELF: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'A book cannot be merged into itself.',
    field: { field: 'targetId', code: 'INVALID_VALUE' },
  },
  MERGE_BUSY: { graphqlCode: 'CONFLICT', message: 'The books are being changed right now; try again.' },
};

export class BooksException extends TabledDomainException<BooksExceptionCode> {
  constructor(code: BooksExceptionCode) {
    super(code, DETAILS);
  }
}
