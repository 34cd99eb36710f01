import { registerEnumType } from '@nestjs/graphql';

/** What happened in a thread; published on `thread:<threadId>` after the change committed. */
export enum ThreadEventKind {
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_EDITED = 'COMMENT_EDITED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  COMMENT_HIDDEN = 'COMMENT_HIDDEN',
  COMMENT_RESTORED = 'COMMENT_RESTORED',
  REACTIONS_CHANGED = 'REACTIONS_CHANGED',
  THREAD_LOCKED = 'THREAD_LOCKED',
  THREAD_UNLOCKED = 'THREAD_UNLOCKED',
}

registerEnumType(ThreadEventKind, { name: 'ThreadEventKind' });
