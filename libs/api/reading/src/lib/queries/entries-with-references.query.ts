import { bookFromJson, bookJsonOf, type BookEntity } from '@lukuhaaste/api/books';
import { categoryFromJson, categoryJsonOf, type CategoryEntity, type CategoryJson } from '@lukuhaaste/api/challenges';
import type { EntityManager } from 'typeorm';
import type { ReadingEntryEntity } from '../entities/reading-entry.entity';

export interface EntriesWithReferences {
  /** Placed entries in category order, then unplaced ones newest first. */
  entries: ReadingEntryEntity[];
  books: BookEntity[];
  categories: CategoryEntity[];
}

type EntryRow = ReadingEntryEntity & {
  book: Omit<BookEntity, 'createdAt'> & { createdAt: string };
  category: CategoryJson | null;
};

/**
 * The entries of some participations with the book and category of each, in
 * one statement (a reader's list shows all three); rows are entities as
 * TypeORM would hydrate them, without its query building and hydration.
 */
export async function entriesWithReferences(
  manager: EntityManager,
  participationIds: readonly string[],
): Promise<EntriesWithReferences> {
  const rows: EntryRow[] = await manager.query(
    `SELECT e.id, e.challenge_id AS "challengeId", e.participation_id AS "participationId",
            e.category_id AS "categoryId", e.book_id AS "bookId", e.format, e.finished_on::text AS "finishedOn",
            e.rating, e.review, e.contains_spoilers AS "containsSpoilers", e.created_at AS "createdAt",
            e.updated_at AS "updatedAt", ${bookJsonOf('b')} AS book,
            CASE WHEN c.id IS NOT NULL THEN ${categoryJsonOf('c')} END AS category
       FROM reading_entries AS e
       JOIN books AS b ON b.id = e.book_id
       LEFT JOIN categories AS c ON c.id = e.category_id
      WHERE e.participation_id = ANY($1::uuid[])
      ORDER BY c.position NULLS LAST, e.finished_on DESC, e.created_at DESC`,
    [[...participationIds]],
  );
  const books = new Map<string, BookEntity>();
  const categories = new Map<string, CategoryEntity>();
  const entries = rows.map(({ book, category, ...entry }) => {
    if (!books.has(book.id)) books.set(book.id, bookFromJson(book));
    if (category && !categories.has(category.id)) categories.set(category.id, categoryFromJson(category));
    return entry;
  });
  return { entries, books: [...books.values()], categories: [...categories.values()] };
}
