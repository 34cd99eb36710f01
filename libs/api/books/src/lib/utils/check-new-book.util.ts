import {
  BOOK_AUTHORS_MAX,
  BOOK_AUTHOR_MAX_LENGTH,
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
 * Checks a book typed in by a patron; `prefix` names the input field in
 * errors (e.g. `newBook.isbn`). Returns the problems and the cleaned book.
 */
export function checkNewBook(
  input: NewBookInput,
  prefix: string,
  thisYear: number,
): { problems: FieldError[]; book: NormalizedNewBook } {
  const problems: Array<FieldError | null> = [
    checkSingleLineText(`${prefix}.title`, input.title, 1, BOOK_TITLE_MAX_LENGTH),
  ];
  const authors = input.authors.map((author) => author.trim()).filter((author) => author !== '');
  if (authors.length === 0) problems.push({ field: `${prefix}.authors`, code: 'REQUIRED' });
  if (authors.length > BOOK_AUTHORS_MAX)
    problems.push({ field: `${prefix}.authors`, code: 'TOO_LONG', params: { max: BOOK_AUTHORS_MAX } });
  problems.push(
    ...authors.map((author) => checkSingleLineText(`${prefix}.authors`, author, 1, BOOK_AUTHOR_MAX_LENGTH)),
  );
  const isbn13 = input.isbn?.trim() ? normalizeIsbn(input.isbn) : null;
  if (input.isbn?.trim() && !isbn13) problems.push({ field: `${prefix}.isbn`, code: 'INVALID_ISBN' });
  if (input.publishedYear != null && (input.publishedYear < 0 || input.publishedYear > thisYear + 1)) {
    problems.push({ field: `${prefix}.publishedYear`, code: 'OUT_OF_RANGE', params: { min: 0, max: thisYear + 1 } });
  }
  const language = input.language?.trim() || null;
  if (language && !LANGUAGE_TAG.test(language)) problems.push({ field: `${prefix}.language`, code: 'INVALID_VALUE' });
  return {
    problems: problems.filter((problem): problem is FieldError => problem !== null).filter(uniqueField),
    book: { title: input.title.trim(), authors, isbn13, publishedYear: input.publishedYear ?? null, language },
  };
}

function uniqueField(problem: FieldError, index: number, all: FieldError[]): boolean {
  return all.findIndex((other) => other.field === problem.field) === index;
}
