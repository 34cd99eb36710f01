import type { EntityManager } from 'typeorm';

/** What can be reported: a comment or a category suggestion. */
export type ReportedKind = 'comment' | 'suggestion';

/** A reported item as moderation needs it, read under a row lock. */
export interface LockedItem {
  kind: ReportedKind;
  id: string;
  /** Null once a suggestion's author deleted their account. */
  authorId: string | null;
  /** The comment's thread; null for suggestions. */
  threadId: string | null;
  hiddenAt: Date | null;
  /** Patrons cannot see, so cannot report, anything in a draft challenge. */
  inDraft: boolean;
}

type LockedRow = Omit<LockedItem, 'kind'>;

/**
 * The item locked FOR UPDATE (a deleted comment counts as gone): reports on
 * one item then take turns, so the count that triggers the automatic hide is
 * exact.
 */
export async function lockReportedItem(
  manager: EntityManager,
  kind: ReportedKind,
  id: string,
): Promise<LockedItem | null> {
  const [row]: LockedRow[] = await manager.query(kind === 'comment' ? LOCK_COMMENT : LOCK_SUGGESTION, [id]);
  return row ? { kind, ...row } : null;
}

const LOCK_COMMENT = `
  SELECT comment.id, comment.author_id AS "authorId", comment.thread_id AS "threadId",
         comment.hidden_at AS "hiddenAt", challenge.status = 'DRAFT' AS "inDraft"
    FROM comments comment
    JOIN threads thread ON thread.id = comment.thread_id
    JOIN challenges challenge ON challenge.id = thread.challenge_id
   WHERE comment.id = $1 AND comment.deleted_at IS NULL
     FOR UPDATE OF comment`;

const LOCK_SUGGESTION = `
  SELECT suggestion.id, suggestion.author_id AS "authorId", NULL::uuid AS "threadId",
         suggestion.hidden_at AS "hiddenAt", challenge.status = 'DRAFT' AS "inDraft"
    FROM category_suggestions suggestion
    JOIN challenges challenge ON challenge.id = suggestion.challenge_id
   WHERE suggestion.id = $1
     FOR UPDATE OF suggestion`;
