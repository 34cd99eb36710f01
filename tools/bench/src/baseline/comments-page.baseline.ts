import type pg from 'pg';

const REACTION_ORDER = ['LIKE', 'LOVE', 'LAUGH', 'WOW'];

interface CommentRow {
  id: string;
  thread_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  body_html: string;
  contains_spoilers: boolean;
  book_id: string | null;
  reading_entry_id: string | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
}

const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The thread page's first Comments page (top-level comments with their
 * replies) as a patron who is not staff sees it (`viewerId`; null for an
 * anonymous reader), written by hand: six statements, the last four in
 * parallel. Null when the thread is missing or in a draft.
 */
export async function commentsPage(db: pg.Pool, threadId: string, first: number, viewerId: string | null) {
  const { rows: threads } = await db.query(
    `SELECT t.id FROM threads AS t JOIN challenges AS c ON c.id = t.challenge_id WHERE t.id = $1 AND c.status <> 'DRAFT'`,
    [threadId],
  );
  if (threads.length === 0) return null;
  const { rows: tops } = await db.query<CommentRow & { total: string }>(
    `SELECT *, count(*) OVER () AS total FROM comments WHERE thread_id = $1 AND parent_id IS NULL
      ORDER BY created_at, id LIMIT $2`,
    [threadId, first],
  );
  const { rows: replies } = await db.query<CommentRow>(
    `SELECT * FROM comments WHERE parent_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [tops.map((row) => row.id)],
  );
  const all = [...tops, ...replies];
  const [reactions, users, books, entries] = await Promise.all([
    db.query(
      `SELECT comment_id, kind, count(*)::int AS count, coalesce(bool_or(user_id = $2), false) AS mine
         FROM comment_reactions WHERE comment_id = ANY($1::uuid[])
        GROUP BY comment_id, kind`,
      [all.map((row) => row.id), viewerId],
    ),
    db.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [all.map((row) => row.author_id)]),
    db.query(`SELECT id, title, authors, cover_url FROM books WHERE id = ANY($1::uuid[])`, [
      all.flatMap((row) => row.book_id ?? []),
    ]),
    db.query(`SELECT id, rating FROM reading_entries WHERE id = ANY($1::uuid[])`, [
      all.flatMap((row) => row.reading_entry_id ?? []),
    ]),
  ]);
  const usersById = new Map(users.rows.map((row) => [row.id, row.display_name as string]));
  const booksById = new Map(books.rows.map((row) => [row.id, row]));
  const ratings = new Map(entries.rows.map((row) => [row.id, row.rating as number | null]));
  const reactionsOf = (id: string) =>
    reactions.rows
      .filter((row) => row.comment_id === id)
      .sort((a, b) => REACTION_ORDER.indexOf(a.kind) - REACTION_ORDER.indexOf(b.kind))
      .map((row) => ({ kind: row.kind, count: row.count, reactedByMe: row.mine, __typename: 'ReactionCount' }));
  const repliesOf = (id: string) => replies.filter((row) => row.parent_id === id);

  // CommentCoreFields as a patron sees them: deleted and hidden comments keep their place, not their text.
  const core = (row: CommentRow) => {
    const readable = row.deleted_at === null && row.hidden_at === null;
    const live = row.deleted_at === null;
    const own = viewerId !== null && row.author_id === viewerId;
    const book = row.book_id && readable ? booksById.get(row.book_id) : null;
    return {
      id: row.id,
      threadId: row.thread_id,
      parentId: row.parent_id,
      author: row.deleted_at
        ? null
        : { id: row.author_id, displayName: usersById.get(row.author_id), __typename: 'User' },
      bodyHtml: readable ? row.body_html : null,
      body: live && own ? row.body : null,
      containsSpoilers: row.contains_spoilers,
      book: book
        ? { id: book.id, title: book.title, authors: book.authors, coverUrl: book.cover_url, __typename: 'Book' }
        : null,
      rating: row.reading_entry_id && readable ? (ratings.get(row.reading_entry_id) ?? null) : null,
      createdAt: iso(row.created_at),
      editedAt: iso(row.edited_at),
      deletedAt: iso(row.deleted_at),
      hiddenAt: iso(row.hidden_at),
      hiddenReason: null,
      reactions: reactionsOf(row.id),
      viewerCanEdit: live && own,
      viewerCanDelete: live && own,
      viewerCanReport: live && viewerId !== null && !own,
      __typename: 'Comment',
    };
  };

  const total = Number(tops[0]?.total ?? 0);
  const edges = tops.map((row, index) => ({
    cursor: cursor(index),
    node: {
      ...core(row),
      replyCount: repliesOf(row.id).length,
      replies: repliesOf(row.id).map(core),
    },
    __typename: 'CommentEdge',
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: tops.length < total,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      __typename: 'PageInfo',
    },
    totalCount: total,
    __typename: 'CommentConnection',
  };
}
