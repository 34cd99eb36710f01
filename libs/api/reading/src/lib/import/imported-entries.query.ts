import type { EntityManager } from 'typeorm';
import type { CheckedRead } from './check-imported-read.util';

/** The books the participation has logged, and how many of its entries wait for a category. */
export async function readLoggedBooks(
  manager: EntityManager,
  participationId: string,
): Promise<{ bookIds: Set<string>; unplaced: number }> {
  const rows: Array<{ book_id: string; unplaced: boolean }> = await manager.query(
    `SELECT book_id, category_id IS NULL AS unplaced FROM reading_entries WHERE participation_id = $1`,
    [participationId],
  );
  return {
    bookIds: new Set(rows.map((row) => row.book_id)),
    unplaced: rows.filter((row) => row.unplaced).length,
  };
}

/** The reads as unplaced entries, in one statement (arrays unnested in step). */
export async function insertImportedEntries(
  manager: EntityManager,
  owner: { challengeId: string; participationId: string },
  entries: Array<CheckedRead & { bookId: string }>,
): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO reading_entries
       (challenge_id, participation_id, book_id, format, finished_on, rating, review, contains_spoilers)
     SELECT $1, $2, book_id, format, finished_on, rating, review, contains_spoilers
     FROM unnest($3::uuid[], $4::book_format[], $5::date[], $6::smallint[], $7::text[], $8::boolean[])
          AS entry(book_id, format, finished_on, rating, review, contains_spoilers)`,
    [
      owner.challengeId,
      owner.participationId,
      entries.map((entry) => entry.bookId),
      entries.map((entry) => entry.format),
      entries.map((entry) => entry.finishedOn),
      entries.map((entry) => entry.rating),
      entries.map((entry) => entry.review),
      entries.map((entry) => entry.containsSpoilers),
    ],
  );
}
