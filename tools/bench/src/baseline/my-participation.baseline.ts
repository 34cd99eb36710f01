import type pg from 'pg';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The MyParticipation answer (progress and every entry with its category and
 * book), written by hand: two statements in parallel, keys in the order the
 * query selects them. Null when the user has not joined.
 */
export async function myParticipation(db: pg.Pool, userId: string, challengeId: string) {
  const [participations, entries] = await Promise.all([
    db.query(`SELECT id, completed_count, completed_at FROM participations WHERE user_id = $1 AND challenge_id = $2`, [
      userId,
      challengeId,
    ]),
    db.query(
      `SELECT e.id, e.category_id, c.position, e.format, e.finished_on::text AS finished_on, e.rating, e.review,
              e.contains_spoilers, e.created_at, b.id AS book_id, b.title, b.authors, b.isbn13, b.cover_url
         FROM reading_entries AS e
         JOIN books AS b ON b.id = e.book_id
         LEFT JOIN categories AS c ON c.id = e.category_id
        WHERE e.participation_id = (SELECT id FROM participations WHERE user_id = $1 AND challenge_id = $2)
        ORDER BY c.position NULLS LAST, e.finished_on DESC, e.created_at DESC`,
      [userId, challengeId],
    ),
  ]);
  const [row] = participations.rows;
  if (!row) return null;
  return {
    id: row.id,
    completedCount: row.completed_count,
    completedAt: iso(row.completed_at),
    // ProgressFields' own __typename comes before `entries`, which the query selects after the fragment.
    __typename: 'Participation',
    entries: entries.rows.map((entry) => ({
      id: entry.id,
      category: entry.category_id && { id: entry.category_id, position: entry.position, __typename: 'Category' },
      book: {
        id: entry.book_id,
        title: entry.title,
        authors: entry.authors,
        isbn13: entry.isbn13,
        coverUrl: entry.cover_url,
        __typename: 'Book',
      },
      format: entry.format,
      finishedOn: entry.finished_on,
      rating: entry.rating,
      review: entry.review,
      containsSpoilers: entry.contains_spoilers,
      createdAt: iso(entry.created_at),
      __typename: 'ReadingEntry',
    })),
  };
}
