import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenLibraryBookLookup } from '../lookup/open-library-book-lookup';
import { cleanLookedUpBook } from './clean-looked-up-book.util';

const HOSTILE = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', 'lookup', 'fixtures', 'open-library-hostile-isbn-9789510310779.json'),
    'utf8',
  ),
) as unknown;

describe(cleanLookedUpBook.name, () => {
  it('turns a hostile Open Library record into one that fits every books column', async () => {
    const lookup = new OpenLibraryBookLookup(async () => ({ ok: true, json: async () => HOSTILE }));
    const found = await lookup.lookupIsbn('9789510310779');
    expect(found).not.toBeNull();
    const cleaned = cleanLookedUpBook(found!, 2026);
    expect(cleaned?.title.startsWith('Kirja jonka nimi on pitkä pitkä')).toBe(true);
    expect([...cleaned!.title]).toHaveLength(500);
    expect(cleaned?.title.endsWith('…')).toBe(true);
    expect(cleaned?.authors).toHaveLength(10);
    expect(cleaned?.authors.slice(0, 2)).toEqual(['Tove Jansson', `${'A'.repeat(199)}…`]);
    expect(cleaned).toMatchObject({ publishedYear: 0, coverUrl: null });
  });

  it('keeps a clean record as it is', () => {
    const book = { title: 'Sinuhe', authors: ['Mika Waltari'], publishedYear: 1945, coverUrl: 'https://x.test/1.jpg' };
    expect(cleanLookedUpBook(book, 2026)).toEqual(book);
  });

  it('drops future years and non-https covers, and gives up without a title or author', () => {
    const book = { title: 'T', authors: ['A'], publishedYear: 2100, coverUrl: 'http://x.test/1.jpg' };
    expect(cleanLookedUpBook(book, 2026)).toEqual({ ...book, publishedYear: null, coverUrl: null });
    expect(cleanLookedUpBook({ ...book, title: '\u0000\n' }, 2026)).toBeNull();
    expect(cleanLookedUpBook({ ...book, authors: [' \u202E '] }, 2026)).toBeNull();
  });
});
