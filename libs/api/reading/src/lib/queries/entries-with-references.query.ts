import { bookFromJson, bookJsonOf, type BookEntity } from '@lukuhaaste/api/books';
import { categoryFromJson, categoryJsonOf, type CategoryEntity, type CategoryJson } from '@lukuhaaste/api/challenges';
import type { EntityManager } from 'typeorm';
import type { ReadingEntryEntity } from '../entities/reading-entry.entity';

type EntryRow = ReadingEntryEntity & {
  book: Omit<BookEntity, 'createdAt'> & { createdAt: string };
  category: CategoryJson | null;
};

/**
 * The entries of some participations, placed ones in category order, then
 * unplaced ones newest first, each with its `book` and `category` relations
 * set, in one statement (a reader's list shows all three); rows are entities
 * as TypeORM would hydrate them, without its query building and hydration.
 */
export async function entriesWithReferences(
  manager: EntityManager,
  participationIds: readonly string[],
): Promise<ReadingEntryEntity[]> {
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
  // Entries sharing a book or category share one object, as a DataLoader would give them.
  const books = new Map<string, BookEntity>();
  const categories = new Map<string, CategoryEntity>();
  return rows.map(({ book, category, ...entry }) => ({
    ...entry,
    book: hydrateOnce(books, book, bookFromJson),
    category: category && hydrateOnce(categories, category, categoryFromJson),
  }));
}

function hydrateOnce<Json extends { id: string }, Entity>(
  seen: Map<string, Entity>,
  json: Json,
  hydrate: (json: Json) => Entity,
): Entity {
  let entity = seen.get(json.id);
  if (!entity) {
    entity = hydrate(json);
    seen.set(json.id, entity);
  }
  return entity;
}
