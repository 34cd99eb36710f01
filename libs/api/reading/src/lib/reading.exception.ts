import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';
import { UNPLACED_ENTRIES_MAX } from './constants/reading-limits.constant';

export enum ReadingExceptionCode {
  NOT_OWNER = 'NOT_OWNER',
  CATEGORY_TAKEN = 'CATEGORY_TAKEN',
  BOOK_ALREADY_USED = 'BOOK_ALREADY_USED',
  TOO_MANY_UNPLACED = 'TOO_MANY_UNPLACED',
}

const DETAILS: Record<ReadingExceptionCode, DomainErrorDetails> = {
  NOT_OWNER: { graphqlCode: 'FORBIDDEN', message: 'You can change only your own reading entries.' },
  CATEGORY_TAKEN: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'You already logged a book for this category.',
    field: { field: 'categoryId', code: 'ALREADY_LOGGED' },
  },
  BOOK_ALREADY_USED: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'This challenge counts each book in one category only.',
    field: { field: 'bookId', code: 'BOOK_ALREADY_USED' },
  },
  TOO_MANY_UNPLACED: {
    graphqlCode: 'BAD_USER_INPUT',
    message: `You have ${UNPLACED_ENTRIES_MAX} books not placed in a category; place some before logging more.`,
    field: { field: 'categoryId', code: 'TOO_MANY_UNPLACED', params: { max: UNPLACED_ENTRIES_MAX } },
  },
};

export class ReadingException extends TabledDomainException<ReadingExceptionCode> {
  constructor(code: ReadingExceptionCode) {
    super(code, DETAILS);
  }
}
