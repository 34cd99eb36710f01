import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';

export enum DiscussionExceptionCode {
  CHALLENGE_NOT_FOUND = 'CHALLENGE_NOT_FOUND',
  THREAD_NOT_FOUND = 'THREAD_NOT_FOUND',
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  READING_ENTRY_NOT_FOUND = 'READING_ENTRY_NOT_FOUND',
  /** Only staff post in a locked thread. */
  THREAD_LOCKED = 'THREAD_LOCKED',
  /** Editing and deleting are the author's. */
  NOT_AUTHOR = 'NOT_AUTHOR',
  /** A deleted comment can no longer be edited, replied to or reacted to. */
  COMMENT_DELETED = 'COMMENT_DELETED',
  /** Replies nest one level: the parent must be a top-level comment of the same thread. */
  PARENT_NOT_TOP_LEVEL = 'PARENT_NOT_TOP_LEVEL',
}

const DETAILS: Record<DiscussionExceptionCode, DomainErrorDetails> = {
  CHALLENGE_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Challenge was not found.' },
  THREAD_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Thread was not found.' },
  COMMENT_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Comment was not found.' },
  READING_ENTRY_NOT_FOUND: {
    graphqlCode: 'NOT_FOUND',
    message: 'Reading entry was not found.',
    field: { field: 'readingEntryId', code: 'INVALID_VALUE' },
  },
  THREAD_LOCKED: { graphqlCode: 'FORBIDDEN', message: 'The thread is locked.' },
  NOT_AUTHOR: { graphqlCode: 'FORBIDDEN', message: 'You can change only your own comments.' },
  COMMENT_DELETED: { graphqlCode: 'FORBIDDEN', message: 'The comment was deleted.' },
  PARENT_NOT_TOP_LEVEL: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'Replies go to a top-level comment of the same thread.',
    field: { field: 'parentId', code: 'INVALID_VALUE' },
  },
};

/** Errors carry the code as `extensions.reason` (e.g. FORBIDDEN + THREAD_LOCKED). */
export class DiscussionException extends TabledDomainException<DiscussionExceptionCode> {
  constructor(code: DiscussionExceptionCode) {
    super(code, DETAILS);
  }
}
