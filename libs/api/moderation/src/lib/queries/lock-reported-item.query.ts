import type { EntityManager } from 'typeorm';

/** A comment or suggestion as moderation needs it, read under a row lock. */
export interface LockedItem {
  id: string;
  authorId: string;
  /** The comment's thread; null for suggestions. */
  threadId: string | null;
  hiddenAt: Date | null;
  /** Patrons cannot see, so cannot report, anything in a draft challenge. */
  inDraft: boolean;
}

/**
 * Locks a live (not deleted) comment FOR UPDATE: reports on one comment then
 * take turns, so the count that triggers the automatic hide is exact.
 */
export async function lockComment(manager: EntityManager, id: string): Promise<LockedItem | null> {
  const [row]: LockedItem[] = await manager.query(
    `SELECT comment.id, comment.author_id AS "authorId", comment.thread_id AS "threadId",
            comment.hidden_at AS "hiddenAt", challenge.status = 'DRAFT' AS "inDraft"
       FROM comments comment
       JOIN threads thread ON thread.id = comment.thread_id
       JOIN challenges challenge ON challenge.id = thread.challenge_id
      WHERE comment.id = $1 AND comment.deleted_at IS NULL
        FOR UPDATE OF comment`,
    [id],
  );
  return row ?? null;
}
