import { IMPORT_ROWS_MAX, isIsoDate, normalizeIsbn, type BookFormatCode } from '@lukuhaaste/shared/util-rules';
import { checkNewBook, type NormalizedNewBook } from '../utils/check-new-book.util';
import { ImportFileException } from './import-file.exception';
import { ImportSkipReason } from './import-skip-reason.enum';
import { MalformedCsvError, parseCsv } from './parse-csv.util';

/** A row of the export the import may turn into a reading entry; details not yet checked against a challenge. */
export interface GoodreadsRead {
  /** 1-based record number as a spreadsheet shows it (the header is row 1). */
  row: number;
  title: string;
  book: NormalizedNewBook;
  finishedOn: string;
  /** Goodreads' 0 (not rated) is null. */
  rating: number | null;
  review: string | null;
  containsSpoilers: boolean;
  format: BookFormatCode;
}

export interface GoodreadsSkip {
  row: number;
  title: string;
  reason: ImportSkipReason;
}

/**
 * Spreadsheets, images and archives have NUL bytes near their start, and a
 * file that is not UTF-8 shows replacement characters once decoded; a NUL
 * further on is a row's problem (skipped), not the file's.
 */
const BINARY_OR_NOT_UTF8 = /[\0\uFFFD]/;
const SNIFFED_CHARACTERS = 1024;

const REQUIRED_COLUMNS = ['Title', 'Author', 'ISBN', 'ISBN13', 'Date Read', 'Exclusive Shelf'] as const;
type OptionalColumn = 'Additional Authors' | 'My Rating' | 'Binding' | 'Year Published' | 'My Review' | 'Spoiler';
type Column = (typeof REQUIRED_COLUMNS)[number] | OptionalColumn;

/**
 * The rows of a Goodreads library export ("Export Library" on goodreads.com):
 * reads to import and rows skipped with their reason. File-level problems
 * (not a CSV, not Goodreads' columns, too many rows) throw BAD_USER_INPUT on
 * field `csv`. `thisYear` bounds a book's publication year.
 */
export function readGoodreadsExport(text: string, thisYear: number): Array<GoodreadsRead | GoodreadsSkip> {
  if (BINARY_OR_NOT_UTF8.test(text.slice(0, SNIFFED_CHARACTERS))) throw new ImportFileException('NOT_CSV');
  const [header, ...records] = parseOrReject(text);
  const columns = new Map((header ?? []).map((name, index) => [name.trim(), index]));
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) throw new ImportFileException('MISSING_COLUMNS', undefined, { missingColumns: missing });
  if (records.length > IMPORT_ROWS_MAX) throw new ImportFileException('TOO_MANY_ROWS', { max: IMPORT_ROWS_MAX });
  return records
    .map((record, index) => ({ record, row: index + 2 }))
    .filter(({ record }) => record.some((value) => value.trim() !== ''))
    .map(({ record, row }) => {
      const cell = (name: Column) => (columns.has(name) ? (record[columns.get(name) as number] ?? '').trim() : '');
      return readRow(cell, row, thisYear);
    });
}

function parseOrReject(text: string): string[][] {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof MalformedCsvError) throw new ImportFileException('MALFORMED_CSV', { row: error.row });
    throw error;
  }
}

function readRow(cell: (name: Column) => string, row: number, thisYear: number): GoodreadsRead | GoodreadsSkip {
  const title = cell('Title');
  const skip = (reason: ImportSkipReason): GoodreadsSkip => ({ row, title, reason });
  if (cell('Exclusive Shelf') !== 'read') return skip(ImportSkipReason.NOT_READ);
  const dateRead = cell('Date Read');
  if (dateRead === '') return skip(ImportSkipReason.MISSING_DATE);
  const finishedOn = dateRead.replaceAll('/', '-');
  if (!isIsoDate(finishedOn)) return skip(ImportSkipReason.INVALID_DATE);
  const rating = Number(cell('My Rating') || '0');
  if (!Number.isInteger(rating) || rating < 0) return skip(ImportSkipReason.INVALID_RATING);
  const year = Number(cell('Year Published'));
  const checked = checkNewBook(
    {
      title,
      authors: [cell('Author'), ...cell('Additional Authors').split(',')],
      // An unreadable ISBN (Goodreads has a few) leaves the book to be matched by title and authors.
      isbn: normalizeIsbn(unquoteIsbn(cell('ISBN13'))) ?? normalizeIsbn(unquoteIsbn(cell('ISBN'))),
      publishedYear: cell('Year Published') !== '' && Number.isInteger(year) ? year : null,
    },
    '',
    thisYear,
  );
  // A wrong year is Goodreads' data, not the patron's: the book is still theirs to import.
  const problems = checked.problems.filter((problem) => problem.field !== 'publishedYear');
  if (problems.length > 0) return skip(ImportSkipReason.INVALID_BOOK);
  const book = problems.length < checked.problems.length ? { ...checked.book, publishedYear: null } : checked.book;
  return {
    row,
    title,
    book,
    finishedOn,
    rating: rating === 0 ? null : rating,
    review: reviewText(cell('My Review')),
    containsSpoilers: cell('Spoiler') === 'true',
    format: formatOf(cell('Binding')),
  };
}

/** Goodreads writes ISBNs as ="…" so spreadsheets keep leading zeros. */
function unquoteIsbn(value: string): string {
  return value.replace(/^="?|"$/g, '');
}

/** Goodreads keeps line breaks in reviews as <br />; entries are markdown. */
function reviewText(value: string): string | null {
  const text = value.replace(/<br\s*\/?>/gi, '\n').trim();
  return text === '' ? null : text;
}

function formatOf(binding: string): BookFormatCode {
  if (/audio|mp3/i.test(binding)) return 'AUDIOBOOK';
  if (/kindle|e-?book|nook|kobo/i.test(binding)) return 'EBOOK';
  return 'PRINT';
}
