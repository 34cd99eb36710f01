import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenLibraryBookLookup } from './open-library-book-lookup';

// A response in Open Library's Books API format (jscmd=data), stored so the test never needs the network.
const FIXTURE = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'open-library-isbn-9780345391803.json'), 'utf8'),
) as unknown;

const respondWith = (ok: boolean, body: unknown) => async () => ({ ok, json: async () => body });

describe(OpenLibraryBookLookup.name, () => {
  it('maps title, authors, year and cover from the response', async () => {
    const lookup = new OpenLibraryBookLookup(respondWith(true, FIXTURE));
    expect(await lookup.lookupIsbn('9780345391803')).toEqual({
      title: "The Hitchhiker's Guide to the Galaxy",
      authors: ['Douglas Adams'],
      publishedYear: 1995,
      coverUrl: 'https://covers.openlibrary.org/b/id/6979861-M.jpg',
    });
  });

  it('returns null for unknown ISBNs, error statuses and network failures', async () => {
    expect(await new OpenLibraryBookLookup(respondWith(true, {})).lookupIsbn('9789510310779')).toBeNull();
    expect(await new OpenLibraryBookLookup(respondWith(false, {})).lookupIsbn('9780345391803')).toBeNull();
    const failing = new OpenLibraryBookLookup(async () => {
      throw new Error('offline');
    });
    expect(await failing.lookupIsbn('9780345391803')).toBeNull();
  });
});
