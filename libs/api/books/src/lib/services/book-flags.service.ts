import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import { NotFoundException, assertValid, checkUuid, isUniqueViolation, type OffsetPage } from '@lukuhaaste/api/common';
import { Repository, type EntityManager } from 'typeorm';
import { BooksException, BooksExceptionCode } from '../books.exception';
import type { FlaggedBook } from '../dtos/flagged-book.output';
import { BookFlagEntity } from '../entities/book-flag.entity';
import { BookFlagReason } from '../enums/book-flag-reason.enum';
import { checkFlagNote } from '../utils/check-flag-note.util';
import { isForeignKeyViolation } from '../utils/postgres-errors.util';
import { BooksService } from './books.service';

/** Enough for a reader going through their list; stops one account from flooding the librarians' queue. */
const FLAGS_PER_USER = { limit: 30, windowSeconds: 60 * 60 };
const NOTES_SHOWN = 10;

interface FlaggedBookRow {
  book_id: string;
  open_count: number;
  reasons: BookFlagReason[];
  notes: string[];
  last_flagged_at: Date;
  total: number;
}

/** Patrons flag wrong catalogue details; librarians see open flags grouped per book and resolve them. */
@Injectable()
export class BookFlagsService {
  constructor(
    @InjectRepository(BookFlagEntity) private readonly flags: Repository<BookFlagEntity>,
    private readonly books: BooksService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async flag(
    user: UserEntity,
    bookId: string,
    reason: BookFlagReason,
    note: string | null | undefined,
  ): Promise<BookFlagEntity> {
    const checkedNote = checkFlagNote(note);
    assertValid([checkUuid('bookId', bookId), checkedNote.problem]);
    await this.rateLimits.consume('flagBook', user.id, FLAGS_PER_USER);
    try {
      const inserted: BookFlagEntity[] = await this.flags.query(
        `INSERT INTO book_flags (book_id, user_id, reason, note)
         SELECT id, $2, $3, $4 FROM books WHERE id = $1
         RETURNING id`,
        [bookId, user.id, reason, checkedNote.note],
      );
      if (!inserted[0]) throw new NotFoundException('Book');
      return await this.flags.findOneByOrFail({ id: inserted[0].id });
    } catch (error) {
      if (isUniqueViolation(error, 'book_flags_open_key')) throw new BooksException(BooksExceptionCode.ALREADY_FLAGGED);
      // The book was merged away between the SELECT and the insert's key check.
      if (isForeignKeyViolation(error, 'book_flags_book_id_fkey')) throw new NotFoundException('Book');
      throw error;
    }
  }

  /** Books with open flags: most flagged first, then most recently flagged. Two queries whatever the page size. */
  async listFlagged(page: OffsetPage): Promise<{ rows: FlaggedBook[]; total: number }> {
    const rows: FlaggedBookRow[] = await this.flags.query(
      `SELECT book_id,
              count(*)::int AS open_count,
              array_agg(reason::text) AS reasons,
              (array_agg(note ORDER BY created_at DESC) FILTER (WHERE note IS NOT NULL))[1:${NOTES_SHOWN}] AS notes,
              max(created_at) AS last_flagged_at,
              count(*) OVER ()::int AS total
         FROM book_flags
        WHERE resolved_at IS NULL
        GROUP BY book_id
        ORDER BY open_count DESC, last_flagged_at DESC, book_id
        OFFSET $1 LIMIT $2`,
      [page.offset, page.limit],
    );
    const books = await this.books.findByIds(rows.map((row) => row.book_id));
    const flagged = rows.flatMap((row, index) => {
      const book = books[index];
      return book
        ? [
            {
              book,
              openFlagCount: row.open_count,
              reasons: countReasons(row.reasons),
              notes: row.notes ?? [],
              lastFlaggedAt: row.last_flagged_at,
            },
          ]
        : [];
    });
    return { rows: flagged, total: rows[0]?.total ?? 0 };
  }

  /** Resolves every open flag of the book; returns how many were open. */
  async resolve(bookId: string, librarian: UserEntity, manager: EntityManager = this.flags.manager): Promise<number> {
    assertValid([checkUuid('bookId', bookId)]);
    const [book] = await manager.query(`SELECT id FROM books WHERE id = $1`, [bookId]);
    if (!book) throw new NotFoundException('Book');
    const [, resolved]: [unknown, number] = await manager.query(
      `UPDATE book_flags SET resolved_at = now(), resolved_by_id = $2 WHERE book_id = $1 AND resolved_at IS NULL`,
      [bookId, librarian.id],
    );
    return resolved;
  }

  /**
   * Part of a merge: the source's flags move to the target as history, and
   * its open ones count as resolved by the merge (a duplicate was the usual
   * complaint, and the target may have an open flag from the same patron).
   */
  async moveToMergeTarget(manager: EntityManager, sourceId: string, targetId: string, librarianId: string) {
    await manager.query(
      `UPDATE book_flags
          SET book_id = $2, resolved_at = coalesce(resolved_at, now()), resolved_by_id = coalesce(resolved_by_id, $3)
        WHERE book_id = $1`,
      [sourceId, targetId, librarianId],
    );
  }
}

function countReasons(reasons: BookFlagReason[]): Array<{ reason: BookFlagReason; count: number }> {
  const counts = new Map<BookFlagReason, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const order = Object.values(BookFlagReason);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.reason) - order.indexOf(b.reason));
}
