import { Injectable } from '@nestjs/common';
import { BooksService, type BookEntity } from '@lukuhaaste/api/books';
import { CategoriesService } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid, orNotFound, type OffsetPage } from '@lukuhaaste/api/common';
import { DataSource } from 'typeorm';
import { entriesWithReferences } from '../queries/entries-with-references.query';
import type { ReadingEntryEntity } from '../entities/reading-entry.entity';

export interface CategoryRead {
  book: BookEntity;
  readerCount: number;
}

/** Read side of the reading log: batched entry lists and "what others read". */
@Injectable()
export class ReadingQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly books: BooksService,
    private readonly categories: CategoriesService,
  ) {}

  /** DataLoader batch: the participations' entries with their books and categories. */
  entriesWithReferences(participationIds: readonly string[]): Promise<ReadingEntryEntity[]> {
    return entriesWithReferences(this.dataSource.manager, participationIds);
  }

  /** Books logged for a category, by how many participants logged each (ties: most recent first). */
  async categoryReads(categoryId: string, page: OffsetPage): Promise<{ rows: CategoryRead[]; total: number }> {
    assertValid([checkUuid('categoryId', categoryId)]);
    await this.categories.requireCategory(categoryId, null);
    // A participant logs a category once (reading_entries_participation_category_key), so entries count readers.
    const ranked: Array<{ book_id: string; reader_count: number; total: number }> = await this.dataSource.query(
      `SELECT book_id, count(*)::int AS reader_count, count(*) OVER ()::int AS total
         FROM reading_entries
        WHERE category_id = $1
        GROUP BY book_id
        ORDER BY reader_count DESC, max(created_at) DESC, book_id
        LIMIT $2 OFFSET $3`,
      [categoryId, page.limit, page.offset],
    );
    const books = await this.books.findByIds(ranked.map((row) => row.book_id));
    return {
      rows: ranked.map((row, index) => ({ book: orNotFound(books[index], 'Book'), readerCount: row.reader_count })),
      total: ranked[0]?.total ?? (page.offset > 0 ? await this.countReadBooks(categoryId) : 0),
    };
  }

  /** Distinct books of a category, for a page past the end (where the window count is absent). */
  private async countReadBooks(categoryId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(DISTINCT book_id)::int AS total FROM reading_entries WHERE category_id = $1`,
      [categoryId],
    );
    return (row as { total: number }).total;
  }
}
