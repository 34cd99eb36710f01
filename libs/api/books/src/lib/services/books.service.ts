import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  NotFoundException,
  ValidationException,
  alignToKeys,
  assertValid,
  checkUuid,
  type OffsetPage,
} from '@lukuhaaste/api/common';
import { hasForbiddenCharacters, normalizeIsbn, todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import { In, Repository, type EntityManager } from 'typeorm';
import { BookEntity } from '../entities/book.entity';
import { BOOK_LOOKUP, type BookLookup } from '../lookup/book-lookup';
import { findOrCreateBooks } from '../queries/find-or-create-books.query';
import { NORMALIZE, SEARCH_TEXT_OF } from '../queries/search-text.query';
import type { NormalizedNewBook } from '../utils/check-new-book.util';
import { cleanLookedUpBook } from '../utils/clean-looked-up-book.util';

const SEARCH_MAX_LENGTH = 200;
const FIND_OR_CREATE_ROUNDS = 3;

@Injectable()
export class BooksService {
  constructor(
    @InjectRepository(BookEntity) private readonly books: Repository<BookEntity>,
    @Inject(BOOK_LOOKUP) private readonly lookup: BookLookup | null,
  ) {}

  /**
   * Accent- and case-insensitive search over title and authors: substring
   * matches first (prefix before infix), then fuzzy word matches by
   * similarity. One query returns the page and the total.
   */
  async search(query: string | null | undefined, page: OffsetPage): Promise<{ rows: BookEntity[]; total: number }> {
    const text = query?.trim() ?? '';
    assertValid([
      hasForbiddenCharacters(text) ? { field: 'search', code: 'INVALID_CHARACTERS' } : null,
      text.length > SEARCH_MAX_LENGTH
        ? { field: 'search', code: 'TOO_LONG', params: { max: SEARCH_MAX_LENGTH } }
        : null,
    ]);
    const builder = this.books
      .createQueryBuilder('book')
      .addSelect('count(*) OVER ()', 'total')
      .offset(page.offset)
      .limit(page.limit);
    if (text === '') {
      builder.orderBy('book.title').addOrderBy('book.id');
    } else {
      builder
        .setParameter('query', text)
        .setParameter('pattern', `%${text.replace(/[\\%_]/g, '\\$&')}%`)
        .where(`book.search_text LIKE ${NORMALIZE(':pattern')} OR ${NORMALIZE(':query')} <% book.search_text`)
        .orderBy(`book.search_text LIKE ${NORMALIZE(":query || '%'")}`, 'DESC')
        .addOrderBy(`book.search_text LIKE ${NORMALIZE(':pattern')}`, 'DESC')
        .addOrderBy(`word_similarity(${NORMALIZE(':query')}, book.search_text)`, 'DESC')
        .addOrderBy('book.title')
        .addOrderBy('book.id');
    }
    const { entities, raw } = await builder.getRawAndEntities<{ total: string }>();
    return { rows: entities, total: Number(raw[0]?.total ?? 0) };
  }

  /** DataLoader batch: books in the order of `ids`. */
  async findByIds(ids: readonly string[]): Promise<Array<BookEntity | null>> {
    const rows = await this.books.findBy({ id: In([...ids]) });
    return alignToKeys(ids, rows, (book) => book.id, null);
  }

  /**
   * With `manager`, the book stays locked FOR KEY SHARE until that
   * transaction ends: a caller about to store a reference to it (a reading
   * entry) then never sees it merged away in between; the merge waits.
   */
  async findById(id: string, manager?: EntityManager): Promise<BookEntity> {
    assertValid([checkUuid('id', id)]);
    const book = manager
      ? await manager.findOne(BookEntity, { where: { id }, lock: { mode: 'for_key_share' } })
      : await this.books.findOneBy({ id });
    if (!book) throw new NotFoundException('Book');
    return book;
  }

  /**
   * By ISBN-10/13; asks the configured outside catalogue when the book is not
   * known yet, and stores its record only after cleaning it.
   */
  async findByIsbn(isbn: string): Promise<BookEntity> {
    const isbn13 = normalizeIsbn(isbn);
    if (!isbn13) throw new ValidationException([{ field: 'isbn', code: 'INVALID_ISBN' }]);
    const known = await this.books.findOneBy({ isbn13 });
    if (known) return known;
    const looked = await this.lookup?.lookupIsbn(isbn13);
    const found = looked ? cleanLookedUpBook(looked, Number(todayInHelsinki().slice(0, 4))) : null;
    if (!found) throw new NotFoundException('Book');
    return this.findOrCreate(
      { title: found.title, authors: found.authors, isbn13, publishedYear: found.publishedYear, language: null },
      this.books.manager,
      found.coverUrl,
    );
  }

  /**
   * The catalogue's book for what a patron typed: the same ISBN always maps to
   * one book (safe under concurrent inserts); without an ISBN, a book with the
   * same title and authors is reused so "what others read" counts it once.
   * Like findById with a manager, the book is returned locked FOR KEY SHARE.
   */
  async findOrCreate(
    book: NormalizedNewBook,
    manager: EntityManager,
    coverUrl: string | null = null,
  ): Promise<BookEntity> {
    // Another request may insert the same ISBN between our look-up and insert, or a merge delete the
    // book we found: each costs one more round, and the next round finds their result.
    for (let round = 1; round <= FIND_OR_CREATE_ROUNDS; round += 1) {
      const same = await this.lockSame(book, manager);
      if (same) return same;
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO books (title, authors, isbn13, published_year, language, cover_url, search_text)
         VALUES ($1::varchar, $2::varchar[], $3, $4, $5, $6, ${SEARCH_TEXT_OF})
         ON CONFLICT (isbn13) DO NOTHING
         RETURNING id`,
        [book.title, book.authors, book.isbn13, book.publishedYear, book.language, coverUrl],
      );
      if (inserted[0]) return manager.findOneByOrFail(BookEntity, { id: inserted[0].id });
    }
    throw new Error(`The book with ISBN ${book.isbn13} kept changing while it was looked up.`);
  }

  /** findOrCreate for many books in a few set-based statements (an import); ids in the order given, locked alike. */
  findOrCreateMany(books: NormalizedNewBook[], manager: EntityManager): Promise<string[]> {
    return findOrCreateBooks(manager, books);
  }

  /** The existing book with this ISBN (or, without one, this title and authors), locked FOR KEY SHARE. */
  private async lockSame(book: NormalizedNewBook, manager: EntityManager): Promise<BookEntity | null> {
    const [same]: Array<{ id: string }> = book.isbn13
      ? await manager.query(`SELECT id FROM books WHERE isbn13 = $1 FOR KEY SHARE`, [book.isbn13])
      : await manager.query(
          `SELECT id FROM books WHERE search_text = ${SEARCH_TEXT_OF} ORDER BY created_at LIMIT 1 FOR KEY SHARE`,
          [book.title, book.authors],
        );
    return same ? manager.findOneByOrFail(BookEntity, { id: same.id }) : null;
  }
}
