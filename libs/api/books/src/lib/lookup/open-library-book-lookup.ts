import type { BookLookup, LookedUpBook } from './book-lookup';

/** What the response should hold; every field is checked, since nothing in it is guaranteed. */
interface OpenLibraryBook {
  title?: unknown;
  authors?: unknown;
  publish_date?: unknown;
  cover?: { medium?: unknown } | null;
}

type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

/**
 * Open Library's Books API (`jscmd=data`); a slow or failing service counts as
 * "not found". Returns the record as given: BooksService cleans it before storing.
 */
export class OpenLibraryBookLookup implements BookLookup {
  constructor(
    private readonly fetchJson: Fetch = fetch,
    private readonly timeoutMs = 3000,
  ) {}

  async lookupIsbn(isbn13: string): Promise<LookedUpBook | null> {
    const key = `ISBN:${isbn13}`;
    try {
      const response = await this.fetchJson(`https://openlibrary.org/api/books?bibkeys=${key}&format=json&jscmd=data`, {
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) return null;
      const book = ((await response.json()) as Record<string, OpenLibraryBook>)[key];
      return book && typeof book.title === 'string' ? toLookedUpBook(book.title, book) : null;
    } catch {
      return null;
    }
  }
}

function toLookedUpBook(title: string, book: OpenLibraryBook): LookedUpBook {
  const year = typeof book.publish_date === 'string' ? /\b(\d{4})\b/.exec(book.publish_date)?.[1] : undefined;
  const authors: unknown[] = Array.isArray(book.authors) ? book.authors : [];
  return {
    title,
    authors: authors.map(nameOf).filter((name): name is string => name !== null),
    publishedYear: year ? Number(year) : null,
    coverUrl: typeof book.cover?.medium === 'string' ? book.cover.medium : null,
  };
}

function nameOf(author: unknown): string | null {
  const name = (author as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : null;
}
