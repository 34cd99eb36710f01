import type { ThreadEventKind } from '../enums/thread-event-kind.enum';

/**
 * What discussion publishes on `thread:<threadId>` after a change committed.
 * Deliberately no comment data: each subscriber loads the comment itself, as
 * that viewer sees it (a hidden comment is a placeholder for patrons).
 * `commentId` is null for thread-level events (locked, unlocked).
 */
export interface ThreadEventMessage {
  kind: ThreadEventKind;
  commentId: string | null;
}

/** A change made inside a transaction, to publish once it committed. */
export interface PendingThreadEvent extends ThreadEventMessage {
  threadId: string;
}

export function threadTopic(threadId: string): string {
  return `thread:${threadId}`;
}
