import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReads, GOODREADS_COLUMNS, goodreadsCsv, isbn13 } from './goodreads-rows.util.ts';

/** The project's copy of the shared fixture. */
const FIXTURE = join(
  import.meta.dirname,
  '../../../../../libs/api/books/src/lib/import/fixtures/goodreads_library_export.csv',
);

describe('generateReads', () => {
  const reads = generateReads(1_000, '2026-12-07');

  it('finishes every read in the year, before today', () => {
    for (const read of reads) expect(read.finishedOn >= '2026-01-01' && read.finishedOn < '2026-12-07').toBe(true);
  });

  it('gives every book its own title and ISBN, one in ten without an ISBN', () => {
    expect(new Set(reads.map((read) => read.title)).size).toBe(reads.length);
    const isbns = reads.map((read) => read.isbn13).filter((isbn) => isbn !== null);
    expect(new Set(isbns).size).toBe(isbns.length);
    expect(reads.length - isbns.length).toBe(100);
  });

  it('is the same every time', () => {
    expect(generateReads(1_000, '2026-12-07')).toEqual(reads);
  });
});

describe('goodreadsCsv', () => {
  it("has the fixture's header", () => {
    const header = readFileSync(FIXTURE, 'utf8').split('\n')[0];
    expect(GOODREADS_COLUMNS.join(',')).toBe(header);
  });

  it('quotes ISBNs as ="…", writes dates with slashes and keeps a multi-line review in one cell', () => {
    const [read] = generateReads(8, '2026-12-07').slice(7);
    const csv = goodreadsCsv([read as NonNullable<typeof read>]);
    const record = csv.split('\n').slice(1).join('\n');
    expect(record).toContain(`"=""${read?.isbn13}"""`);
    expect(record).toContain(`,${read?.finishedOn.replaceAll('-', '/')},`);
    expect(record).toContain('"Luin ""8"" yhdeltä istumalta.\nToinen rivi, pilkulla."');
  });
});

describe('isbn13', () => {
  it('appends the check digit', () => {
    expect(isbn13(978_030_640_615)).toBe('9780306406157');
    expect(isbn13(978_034_539_180)).toBe('9780345391803');
  });
});
