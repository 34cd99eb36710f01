import type { Comment, Reply } from '@lukuhaaste/web/data-access/discussion';

/**
 * Puts a fresh copy of a comment (top-level or reply) where the old one is
 * shown. Replies listed in `withheld` stay out of a refreshed parent: they
 * are waiting behind the "new comments" pill.
 */
export function mergeComment(items: Comment[], fresh: Comment | Reply, withheld: ReadonlySet<string>): Comment[] {
  if (!fresh.parentId) {
    return items.map((item) =>
      item.id === fresh.id
        ? { ...(fresh as Comment), replies: (fresh as Comment).replies.filter((r) => !withheld.has(r.id)) }
        : item,
    );
  }
  return items.map((item) =>
    item.id === fresh.parentId
      ? { ...item, replies: item.replies.map((reply) => (reply.id === fresh.id ? toReply(fresh) : reply)) }
      : item,
  );
}

/** Adds a new comment at its place: a top-level one at the end, a reply at the end of its parent's replies. */
export function appendComment(items: Comment[], added: Comment | Reply): Comment[] {
  if (contains(items, added.id)) return mergeComment(items, added, new Set());
  if (!added.parentId) return [...items, { replies: [], replyCount: 0, ...added } as Comment];
  return items.map((item) =>
    item.id === added.parentId
      ? { ...item, replies: [...item.replies, toReply(added)], replyCount: item.replyCount + 1 }
      : item,
  );
}

/** Whether the comment (or reply) with this id is shown. */
export function contains(items: Comment[], id: string): boolean {
  return items.some((item) => item.id === id || item.replies.some((reply) => reply.id === id));
}

/** A reply has no replies of its own: drop the nested fields a full comment carries. */
function toReply(comment: Comment | Reply): Reply {
  const { replies: _replies, replyCount: _count, ...reply } = comment as Comment;
  return reply;
}
