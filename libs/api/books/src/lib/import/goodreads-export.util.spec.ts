import { readFileSync } from 'node:fs';
import { GOODREADS_FIXTURE_PATH, GOODREADS_HEADER } from '../testing/goodreads-fixture';
import { readGoodreadsExport, type GoodreadsRead } from './goodreads-export.util';
import { ImportFileException } from './import-file.exception';
import { ImportSkipReason } from './import-skip-reason.enum';

const THIS_YEAR = 2026;
const FIXTURE = readFileSync(GOODREADS_FIXTURE_PATH, 'utf8');

/** A one-row export; `values` override the fixture's first row by column name. */
function exportWith(values: Record<string, string>): string {
  const columns = GOODREADS_HEADER.split(',');
  const row = columns.map((name) => `"${(values[name] ?? '').replaceAll('"', '""')}"`);
  return `${GOODREADS_HEADER}\n${row.join(',')}\n`;
}

const READ = { Title: 'Kirja', Author: 'Kirjailija', 'Exclusive Shelf': 'read', 'Date Read': '2026/03/01' };
const readOne = (values: Record<string, string>) =>
  readGoodreadsExport(exportWith({ ...READ, ...values }), THIS_YEAR)[0];

function fileError(text: string): unknown {
  try {
    readGoodreadsExport(text, THIS_YEAR);
  } catch (error) {
    if (error instanceof ImportFileException) return { fields: error.fields, ...error.extra };
    throw error;
  }
  return null;
}

describe(readGoodreadsExport.name, () => {
  it('reads the fixture: reads mapped, other shelves and bad dates skipped', () => {
    const rows = readGoodreadsExport(FIXTURE, THIS_YEAR);
    expect(rows.map((row) => ('reason' in row ? [row.row, row.reason] : [row.row, row.finishedOn]))).toEqual([
      [2, '2024-01-14'],
      [3, '2024-02-03'],
      [4, ImportSkipReason.NOT_READ],
      [5, '2024-03-22'],
      [6, '2024-04-30'],
      [7, ImportSkipReason.INVALID_DATE],
      [8, ImportSkipReason.NOT_READ],
    ]);
    expect(rows[0]).toEqual<GoodreadsRead>({
      row: 2,
      title: 'Tuntematon sotilas',
      book: {
        title: 'Tuntematon sotilas',
        authors: ['Väinö Linna'],
        // The fixture's ISBNs of this row carry wrong check digits: the book is matched by title and authors.
        isbn13: null,
        publishedYear: 2000,
        language: null,
      },
      finishedOn: '2024-01-14',
      rating: 5,
      review: 'Vahva klassikko.\nLuin talvilomalla.',
      containsSpoilers: false,
      format: 'PRINT',
    });
    expect(rows[3]).toMatchObject({
      title: 'Sofi Oksanen: "Puhdistus"',
      book: { authors: ['Sofi Oksanen', 'Someone Else', 'Another Person'], isbn13: null },
      rating: 3,
      containsSpoilers: true,
      format: 'AUDIOBOOK',
    });
    expect(rows[4]).toMatchObject({ format: 'EBOOK', rating: 2 });
    expect(rows[1]).toMatchObject({ book: { isbn13: null }, rating: 4 });
  });

  it('treats rating 0 as no rating and converts an ISBN-10 when ISBN13 is empty', () => {
    expect(readOne({ 'My Rating': '0', ISBN: '="0345391802"', ISBN13: '=""' })).toMatchObject({
      rating: null,
      book: { isbn13: '9780345391803' },
    });
  });

  it('ignores an ISBN with a wrong check digit and a publication year out of range', () => {
    expect(readOne({ ISBN13: '="9789510310776"', 'Year Published': '3000' })).toMatchObject({
      book: { isbn13: null, publishedYear: null },
    });
  });

  it('turns <br /> in reviews into line breaks', () => {
    expect(readOne({ 'My Review': 'first<br/><br />second' })).toMatchObject({ review: 'first\n\nsecond' });
  });

  it.each([
    [{ 'Exclusive Shelf': 'to-read' }, ImportSkipReason.NOT_READ],
    [{ 'Exclusive Shelf': 'currently-reading' }, ImportSkipReason.NOT_READ],
    [{ 'Date Read': '' }, ImportSkipReason.MISSING_DATE],
    [{ 'Date Read': '2026/02/30' }, ImportSkipReason.INVALID_DATE],
    [{ 'Date Read': '01/03/2026' }, ImportSkipReason.INVALID_DATE],
    [{ 'My Rating': 'five' }, ImportSkipReason.INVALID_RATING],
    [{ Title: '' }, ImportSkipReason.INVALID_BOOK],
    [{ Author: '' }, ImportSkipReason.INVALID_BOOK],
    [{ Title: 'x'.repeat(501) }, ImportSkipReason.INVALID_BOOK],
    [{ Title: 'bell\u0007' }, ImportSkipReason.INVALID_BOOK],
  ])('skips %j as %s', (values, reason) => {
    expect(readOne(values)).toMatchObject({ row: 2, reason });
  });

  it('numbers rows as a spreadsheet does, multi-line records counting once, blank lines left out', () => {
    const row = (review: string) =>
      exportWith({ ...READ, 'My Review': review })
        .split('\n')
        .slice(1)
        .join('\n');
    const text = `${GOODREADS_HEADER}\r\n${row('a\nb')}\r\n${row('c')}`;
    expect(readGoodreadsExport(text, THIS_YEAR).map((read) => read.row)).toEqual([2, 4]);
  });

  it('names missing columns', () => {
    expect(fileError('Title,Author,Date Read\nx,y,2026/01/01\n')).toEqual({
      fields: [{ field: 'csv', code: 'MISSING_COLUMNS' }],
      missingColumns: ['ISBN', 'ISBN13', 'Exclusive Shelf'],
    });
    expect(fileError('')).toMatchObject({ fields: [{ code: 'MISSING_COLUMNS' }] });
  });

  it('rejects binary files, malformed CSV and too many rows', () => {
    expect(fileError('PK\u0003\u0004\u0000\u0000')).toEqual({ fields: [{ field: 'csv', code: 'NOT_CSV' }] });
    expect(fileError(`${GOODREADS_HEADER}\n"unclosed,\n`)).toEqual({
      fields: [{ field: 'csv', code: 'MALFORMED_CSV', params: { row: 2 } }],
    });
    expect(fileError(`${GOODREADS_HEADER}\n${'x\n'.repeat(20_001)}`)).toEqual({
      fields: [{ field: 'csv', code: 'TOO_MANY_ROWS', params: { max: 20_000 } }],
    });
  });
});
