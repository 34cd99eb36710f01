import { Injectable } from '@nestjs/common';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid, checkUuid, isUniqueViolation, orNotFound } from '@lukuhaaste/api/common';
import { todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { BooksException, BooksExceptionCode } from '../books.exception';
import type { BookMergeResult } from '../dtos/book-merge.output';
import type { NewBookInput } from '../dtos/new-book.input';
import type { UpdateBookInput } from '../dtos/update-book.input';
import { BookEntity } from '../entities/book.entity';
import { BookReferencesRegistry } from '../merge/book-references';
import { SEARCH_TEXT_OF } from '../queries/search-text.query';
import { checkNewBook } from '../utils/check-new-book.util';
import { isLockNotAvailable } from '../utils/postgres-errors.util';
import { BookFlagsService } from './book-flags.service';

const MERGE_ATTEMPTS = 5;
const MERGE_RETRY_BASE_MS = 50;

/**
 * Librarians' corrections to the shared catalogue: the first patron to log
 * an ISBN sets its details for everyone, so they can be edited, and two
 * records of one book merged.
 */
@Injectable()
export class BookEditorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: BookReferencesRegistry,
    private readonly flags: BookFlagsService,
  ) {}

  /** Checks the edited book as a whole with the patrons' rules, so it stays searchable and storable. */
  async update(id: string, input: UpdateBookInput, resolveFlags: boolean, editor: UserEntity): Promise<BookEntity> {
    assertValid([checkUuid('id', id)]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const book = orNotFound(
          await manager.findOne(BookEntity, { where: { id }, lock: { mode: 'for_no_key_update' } }),
          'Book',
        );
        const { problems, book: edited } = checkNewBook(withChanges(book, input), '', thisYear());
        assertValid(problems);
        await manager.query(
          `UPDATE books SET title = $1, authors = $2, isbn13 = $3, published_year = $4, language = $5,
                  search_text = ${SEARCH_TEXT_OF}
            WHERE id = $6`,
          [edited.title, edited.authors, edited.isbn13, edited.publishedYear, edited.language, id],
        );
        if (resolveFlags) await this.flags.resolve(id, editor, manager);
        return await manager.findOneByOrFail(BookEntity, { id });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'books_isbn13_key')) throw new BooksException(BooksExceptionCode.ISBN_TAKEN);
      throw error;
    }
  }

  /**
   * Moves everything that refers to `sourceId` to `targetId` and deletes the
   * source, in one transaction. The target keeps its details and takes the
   * source's ISBN, year, language and cover where it has none. When another
   * context's rows are locked (a patron is logging right now), the attempt
   * is rolled back and retried; see BookReferenceMover for the lock order.
   */
  async merge(sourceId: string, targetId: string, editor: UserEntity): Promise<BookMergeResult> {
    assertValid([checkUuid('sourceId', sourceId), checkUuid('targetId', targetId)]);
    if (sourceId === targetId) throw new BooksException(BooksExceptionCode.MERGE_INTO_ITSELF);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction((manager) => this.mergeOnce(manager, sourceId, targetId, editor));
      } catch (error) {
        if (!isLockNotAvailable(error)) throw error;
        if (attempt === MERGE_ATTEMPTS) throw new BooksException(BooksExceptionCode.MERGE_BUSY);
        await sleep(MERGE_RETRY_BASE_MS * attempt * (0.5 + Math.random()));
      }
    }
  }

  private async mergeOnce(
    manager: EntityManager,
    sourceId: string,
    targetId: string,
    editor: UserEntity,
  ): Promise<BookMergeResult> {
    // Both books in id order, so two merges of overlapping pairs cannot deadlock.
    const locked = await manager
      .createQueryBuilder(BookEntity, 'book')
      .setLock('pessimistic_write')
      .where('book.id IN (:...ids)', { ids: [sourceId, targetId] })
      .orderBy('book.id')
      .getMany();
    const source = orNotFound(
      locked.find((book) => book.id === sourceId),
      'Book',
    );
    orNotFound(
      locked.find((book) => book.id === targetId),
      'Book',
    );
    for (const mover of this.references.movers) await mover.lockReferences(manager, [sourceId, targetId]);
    let movedEntries = 0;
    let unplacedEntries = 0;
    for (const mover of this.references.movers) {
      const moved = await mover.moveReferences(manager, sourceId, targetId);
      movedEntries += moved.moved;
      unplacedEntries += moved.unplaced;
    }
    await this.flags.moveToMergeTarget(manager, sourceId, targetId, editor.id);
    await manager.delete(BookEntity, { id: sourceId });
    await manager.query(
      `UPDATE books SET isbn13 = coalesce(isbn13, $2), published_year = coalesce(published_year, $3),
              language = coalesce(language, $4), cover_url = coalesce(cover_url, $5)
        WHERE id = $1`,
      [targetId, source.isbn13, source.publishedYear, source.language, source.coverUrl],
    );
    return { book: await manager.findOneByOrFail(BookEntity, { id: targetId }), movedEntries, unplacedEntries };
  }
}

/** The book as it would be after the edit: undefined keeps a field, null clears it (and fails for required ones). */
function withChanges(book: BookEntity, input: UpdateBookInput): NewBookInput {
  return {
    title: input.title === undefined ? book.title : (input.title ?? ''),
    authors: input.authors === undefined ? book.authors : (input.authors ?? []),
    isbn: input.isbn === undefined ? book.isbn13 : input.isbn,
    publishedYear: input.publishedYear === undefined ? book.publishedYear : input.publishedYear,
    language: input.language === undefined ? book.language : input.language,
  };
}

function thisYear(): number {
  return Number(todayInHelsinki().slice(0, 4));
}
