const KINDS = ['LIKE', 'LOVE', 'LAUGH', 'WOW'];
const cursor = (offset) => Buffer.from(`o:${offset}`).toString('base64url');

/**
 * The first page of a thread's top-level comments as an anonymous reader
 * gets it from GraphQL, written by hand: six statements, no framework.
 * Null when the thread does not exist or belongs to a draft.
 */
export async function loadComments(db, threadId, first) {
  const {
    rows: [thread],
  } = await db.query(
    `SELECT t.id FROM threads t JOIN challenges c ON c.id = t.challenge_id WHERE t.id = $1 AND c.status <> 'DRAFT'`,
    [threadId],
  );
  if (!thread) return null;
  const { rows: tops } = await db.query(
    `SELECT *, count(*) OVER () AS total FROM comments WHERE thread_id = $1 AND parent_id IS NULL
      ORDER BY created_at, id LIMIT $2`,
    [threadId, first],
  );
  const { rows: replies } = await db.query(
    `SELECT * FROM comments WHERE parent_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [tops.map((row) => row.id)],
  );
  const all = [...tops, ...replies];
  const ids = all.map((row) => row.id);
  const [reactions, users, books, entries] = await Promise.all([
    db.query(
      `SELECT comment_id, kind, count(*)::int AS count FROM comment_reactions WHERE comment_id = ANY($1::uuid[])
        GROUP BY comment_id, kind`,
      [ids],
    ),
    db.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [all.map((row) => row.author_id)]),
    db.query(`SELECT id, title, authors FROM books WHERE id = ANY($1::uuid[])`, [
      all.map((row) => row.book_id).filter(Boolean),
    ]),
    db.query(`SELECT id, rating FROM reading_entries WHERE id = ANY($1::uuid[])`, [
      all.map((row) => row.reading_entry_id).filter(Boolean),
    ]),
  ]);
  const usersById = new Map(users.rows.map((row) => [row.id, { id: row.id, displayName: row.display_name }]));
  const booksById = new Map(books.rows.map((row) => [row.id, row]));
  const ratings = new Map(entries.rows.map((row) => [row.id, row.rating]));
  const reactionsOf = (id) =>
    reactions.rows
      .filter((row) => row.comment_id === id)
      .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))
      .map((row) => ({ kind: row.kind, count: row.count, reactedByMe: false }));
  const readable = (row) => row.deleted_at === null && row.hidden_at === null;
  const author = (row) => (row.deleted_at ? null : (usersById.get(row.author_id) ?? null));
  const repliesOf = (id) => replies.filter((row) => row.parent_id === id);

  const total = Number(tops[0]?.total ?? 0);
  return {
    totalCount: total,
    pageInfo: { hasNextPage: tops.length < total, endCursor: tops.length > 0 ? cursor(tops.length - 1) : null },
    edges: tops.map((row, index) => ({
      cursor: cursor(index),
      node: {
        id: row.id,
        parentId: null,
        bodyHtml: readable(row) ? row.body_html : null,
        containsSpoilers: row.contains_spoilers,
        createdAt: row.created_at.toISOString(),
        editedAt: row.edited_at?.toISOString() ?? null,
        rating: row.reading_entry_id && readable(row) ? (ratings.get(row.reading_entry_id) ?? null) : null,
        replyCount: repliesOf(row.id).length,
        author: author(row),
        book:
          row.book_id && readable(row)
            ? (({ id, title, authors }) => ({ id, title, authors }))(booksById.get(row.book_id))
            : null,
        reactions: reactionsOf(row.id),
        replies: repliesOf(row.id).map((reply) => ({
          id: reply.id,
          parentId: reply.parent_id,
          bodyHtml: readable(reply) ? reply.body_html : null,
          createdAt: reply.created_at.toISOString(),
          author: author(reply),
          reactions: reactionsOf(reply.id),
        })),
      },
    })),
  };
}
