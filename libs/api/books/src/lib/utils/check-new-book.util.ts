import {
  BOOK_AUTHORS_MAX,
  BOOK_AUTHOR_MAX_LENGTH,
  BOOK_LANGUAGE_MAX_LENGTH,
  BOOK_TITLE_MAX_LENGTH,
  checkSingleLineText,
  normalizeIsbn,
  type FieldError,
} from '@lukuhaaste/shared/util-rules';
import type { NewBookInput } from '../dtos/new-book.input';

export interface NormalizedNewBook {
  title: string;
  authors: string[];
  isbn13: string | null;
  publishedYear: number | null;
  language: string | null;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Checks a book typed in by a patron or corrected by a librarian; `prefix`
 * names the input field in errors (`newBook` gives `newBook.isbn`, '' gives
 * `isbn`). Returns the problems and the cleaned book. Every limit matches a
 * column of `books`, so a book that passes can always be stored.
 */
export function checkNewBook(
  input: NewBookInput,
  prefix: string,
  thisYear: number,
): { problems: FieldError[]; book: NormalizedNewBook } {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const problems: Array<FieldError | null> = [
    checkSingleLineText(field('title'), input.title, 1, BOOK_TITLE_MAX_LENGTH),
  ];
  const authors = input.authors.map((author) => author.trim()).filter((author) => author !== '');
  if (authors.length === 0) problems.push({ field: field('authors'), code: 'REQUIRED' });
  if (authors.length > BOOK_AUTHORS_MAX)
    problems.push({ field: field('authors'), code: 'TOO_LONG', params: { max: BOOK_AUTHORS_MAX } });
  problems.push(...authors.map((author) => checkSingleLineText(field('authors'), author, 1, BOOK_AUTHOR_MAX_LENGTH)));
  const isbn13 = input.isbn?.trim() ? normalizeIsbn(input.isbn) : null;
  if (input.isbn?.trim() && !isbn13) problems.push({ field: field('isbn'), code: 'INVALID_ISBN' });
  if (input.publishedYear != null && (input.publishedYear < 0 || input.publishedYear > thisYear + 1)) {
    problems.push({ field: field('publishedYear'), code: 'OUT_OF_RANGE', params: { min: 0, max: thisYear + 1 } });
  }
  const language = input.language?.trim() || null;
  problems.push(language ? checkLanguage(field('language'), language) : null);
  return {
    problems: problems.filter((problem): problem is FieldError => problem !== null).filter(uniqueField),
    book: { title: input.title.trim(), authors, isbn13, publishedYear: input.publishedYear ?? null, language },
  };
}

function checkLanguage(field: string, language: string): FieldError | null {
  if (language.length > BOOK_LANGUAGE_MAX_LENGTH)
    return { field, code: 'TOO_LONG', params: { max: BOOK_LANGUAGE_MAX_LENGTH } };
  return LANGUAGE_TAG.test(language) ? null : { field, code: 'INVALID_VALUE' };
}

function uniqueField(problem: FieldError, index: number, all: FieldError[]): boolean {
  return all.findIndex((other) => other.field === problem.field) === index;
}
