import type pg from 'pg';

const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

/**
 * The first CategoryReads page ("what others read": books of a category by
 * how many participants logged each, ties most recent first), written by
 * hand: the category check and one ranking statement joined to the books, in
 * parallel. Null for a category that does not exist.
 */
export async function categoryReads(db: pg.Pool, categoryId: string, first: number) {
  const [categories, ranked] = await Promise.all([
    db.query(`SELECT id FROM categories WHERE id = $1`, [categoryId]),
    db.query(
      `WITH ranked AS (
         -- A participation logs a category once (unique key), so its rows count its readers.
         SELECT book_id, count(*)::int AS reader_count, max(created_at) AS latest,
                count(*) OVER ()::int AS total
           FROM reading_entries WHERE category_id = $1
          GROUP BY book_id
          ORDER BY reader_count DESC, latest DESC, book_id
          LIMIT $2)
       SELECT r.reader_count, r.total, b.id, b.title, b.authors, b.isbn13, b.cover_url
         FROM ranked AS r JOIN books AS b ON b.id = r.book_id
        ORDER BY r.reader_count DESC, r.latest DESC, r.book_id`,
      [categoryId, first],
    ),
  ]);
  if (categories.rows.length === 0) return null;
  const total: number = ranked.rows[0]?.total ?? 0;
  const edges = ranked.rows.map((row, index) => ({
    cursor: cursor(index),
    node: {
      readerCount: row.reader_count,
      book: {
        id: row.id,
        title: row.title,
        authors: row.authors,
        isbn13: row.isbn13,
        coverUrl: row.cover_url,
        __typename: 'Book',
      },
      __typename: 'CategoryRead',
    },
    __typename: 'CategoryReadEdge',
  }));
  return {
    edges,
    pageInfo: { hasNextPage: edges.length < total, endCursor: edges.at(-1)?.cursor ?? null, __typename: 'PageInfo' },
    totalCount: total,
    __typename: 'CategoryReadConnection',
  };
}
