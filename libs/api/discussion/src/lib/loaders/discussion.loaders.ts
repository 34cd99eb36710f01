import type { BookEntity, BooksService } from '@lukuhaaste/api/books';
import { alignToKeys, requestLoader } from '@lukuhaaste/api/common';
import type DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { CommentEntity } from '../entities/comment.entity';
import { ThreadEntity } from '../entities/thread.entity';
import type { CommentPage, CommentQueries, ReactionCount } from '../services/comment-queries.service';

/**
 * Request-scoped loaders (keyed by the GraphQL context's `req`): every
 * nested field of a comments page resolves with one query per field and
 * nesting level, whatever the page size.
 */
export function commentByIdLoader(request: object, queries: CommentQueries): DataLoader<string, CommentEntity | null> {
  return requestLoader(request, 'discussion.commentById', async (ids: readonly string[]) =>
    alignToKeys(ids, await queries.findByIds(ids), (comment) => comment.id, null),
  );
}

function repliesLoader(request: object, queries: CommentQueries): DataLoader<string, CommentEntity[]> {
  return requestLoader(request, 'discussion.replies', (parentIds: readonly string[]) => queries.repliesOf(parentIds));
}

const repliesReadWithPage = new WeakMap<object, Map<string, CommentEntity[]>>();

/** Keeps, for this request, the replies a page read with its top-level comments. */
export function keepPageReplies(request: object, { rows, replies }: Pick<CommentPage, 'rows' | 'replies'>): void {
  const kept = repliesReadWithPage.get(request) ?? new Map<string, CommentEntity[]>();
  rows.forEach((row, index) => kept.set(row.id, replies[index] ?? []));
  repliesReadWithPage.set(request, kept);
}

/**
 * A top-level comment's replies: the ones its page read, at once, when it
 * came from a page (a primed DataLoader would still answer only when its next
 * batch goes out, so the replies' authors, books, ratings and reactions would
 * need batches of their own instead of joining the page's); else batched.
 */
export function loadReplies(
  request: object,
  queries: CommentQueries,
  parentId: string,
): CommentEntity[] | Promise<CommentEntity[]> {
  return repliesReadWithPage.get(request)?.get(parentId) ?? repliesLoader(request, queries).load(parentId);
}

/** Counts plus the viewer's own reactions; the request has one viewer, so the loader is per viewer too. */
export function reactionsLoader(
  request: object,
  queries: CommentQueries,
  viewerId: string | null,
): DataLoader<string, ReactionCount[]> {
  return requestLoader(request, 'discussion.reactions', (commentIds: readonly string[]) =>
    queries.reactionsOf(commentIds, viewerId),
  );
}

export function ratingByEntryLoader(request: object, queries: CommentQueries): DataLoader<string, number | null> {
  return requestLoader(request, 'discussion.ratingByEntry', async (ids: readonly string[]) => {
    const ratings = new Map((await queries.ratingsOfEntries(ids)).map((entry) => [entry.id, entry.rating]));
    return ids.map((id) => ratings.get(id) ?? null);
  });
}

/** Same name and batch as the reading context's book loader, so both share one batch per request. */
export function bookByIdLoader(request: object, books: BooksService): DataLoader<string, BookEntity | null> {
  return requestLoader(request, 'books.bookById', (ids: readonly string[]) => books.findByIds(ids));
}

export function threadByIdLoader(request: object, manager: EntityManager): DataLoader<string, ThreadEntity | null> {
  return requestLoader(request, 'discussion.threadById', async (ids: readonly string[]) =>
    alignToKeys(ids, await manager.findBy(ThreadEntity, { id: In([...ids]) }), (thread) => thread.id, null),
  );
}
