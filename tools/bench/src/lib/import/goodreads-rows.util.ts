/** A read as the import stores it: its book's columns and its entry's. */
export interface GeneratedRead {
  title: string;
  authors: string[];
  isbn13: string | null;
  publishedYear: number;
  format: 'PRINT' | 'EBOOK' | 'AUDIOBOOK';
  /** YYYY-MM-DD. */
  finishedOn: string;
  /** 1–5, or null for Goodreads' 0 (not rated). */
  rating: number | null;
  review: string | null;
  containsSpoilers: boolean;
}

/** The columns of Goodreads' library export, in its order (libs/api/books/src/lib/import/fixtures). */
export const GOODREADS_COLUMNS = [
  'Book Id',
  'Title',
  'Author',
  'Author l-f',
  'Additional Authors',
  'ISBN',
  'ISBN13',
  'My Rating',
  'Average Rating',
  'Publisher',
  'Binding',
  'Number of Pages',
  'Year Published',
  'Original Publication Year',
  'Date Read',
  'Date Added',
  'Bookshelves',
  'Bookshelves with positions',
  'Exclusive Shelf',
  'My Review',
  'Spoiler',
  'Private Notes',
  'Read Count',
  'Owned Copies',
] as const;

const BINDINGS: Record<GeneratedRead['format'], string[]> = {
  PRINT: ['Paperback', 'Hardcover', 'Mass Market Paperback'],
  EBOOK: ['Kindle Edition', 'ebook'],
  AUDIOBOOK: ['Audio CD', 'Audible Audio'],
};
const FORMATS = ['PRINT', 'PRINT', 'PRINT', 'EBOOK', 'AUDIOBOOK'] as const;

/**
 * `count` reads of one patron, all finished in `year` up to the day before
 * `today` (so every one is in the challenge's period): new books with
 * unique titles, one in ten without an ISBN (matched by title and authors),
 * a second author now and then, reviews on one in four, some over several
 * lines with quotes. Deterministic: the same rows every run.
 */
export function generateReads(count: number, today: string): GeneratedRead[] {
  const year = Number(today.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = Math.max(1, Math.round((Date.parse(`${today}T00:00:00Z`) - start) / 86_400_000));
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const format = FORMATS[n % FORMATS.length] as GeneratedRead['format'];
    return {
      title: `Tuontikirja ${n}: "${['Talvi', 'Meri', 'Kaupunki', 'Metsä'][n % 4]}"`,
      authors: [`Tuotu Kirjailija ${n % 3000}`, ...(n % 6 === 0 ? [`Toinen Tekijä ${n}`] : [])],
      isbn13: n % 10 === 0 ? null : isbn13(979_100_000_000 + n),
      publishedYear: 1950 + (n % (year - 1949)),
      format,
      finishedOn: new Date(start + ((n * 37) % days) * 86_400_000).toISOString().slice(0, 10),
      rating: n % 6 === 0 ? null : 1 + (n % 5),
      review:
        n % 4 !== 0
          ? null
          : n % 8 === 0
            ? `Luin "${n}" yhdeltä istumalta.\nToinen rivi, pilkulla.`
            : `Hyvä kirja ${n}.`,
      containsSpoilers: n % 16 === 0,
    };
  });
}

/** The reads as Goodreads exports them: quoted ISBNs (="…"), YYYY/MM/DD dates, CRLF-free, multi-line quoted reviews. */
export function goodreadsCsv(reads: readonly GeneratedRead[]): string {
  const lines = reads.map((read, index) => {
    const [author = '', ...others] = read.authors;
    const binding = BINDINGS[read.format][index % BINDINGS[read.format].length] as string;
    const cells: Record<(typeof GOODREADS_COLUMNS)[number], string> = {
      'Book Id': String(100_000 + index),
      Title: read.title,
      Author: author,
      'Author l-f': author.split(' ').reverse().join(', '),
      'Additional Authors': others.join(', '),
      ISBN: '=""',
      ISBN13: `="${read.isbn13 ?? ''}"`,
      'My Rating': String(read.rating ?? 0),
      'Average Rating': '3.92',
      Publisher: 'WSOY',
      Binding: binding,
      'Number of Pages': String(100 + (index % 400)),
      'Year Published': String(read.publishedYear),
      'Original Publication Year': String(read.publishedYear),
      'Date Read': read.finishedOn.replaceAll('-', '/'),
      'Date Added': read.finishedOn.replaceAll('-', '/'),
      Bookshelves: '',
      'Bookshelves with positions': '',
      'Exclusive Shelf': 'read',
      'My Review': read.review ?? '',
      Spoiler: read.containsSpoilers ? 'true' : '',
      'Private Notes': '',
      'Read Count': '1',
      'Owned Copies': '0',
    };
    return GOODREADS_COLUMNS.map((column) => csvCell(cells[column])).join(',');
  });
  return `${[GOODREADS_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

/** A valid ISBN-13 from its first twelve digits. */
export function isbn13(first12: number): string {
  const digits = String(first12).padStart(12, '0');
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
