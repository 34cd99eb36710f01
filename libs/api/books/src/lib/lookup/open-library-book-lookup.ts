import type { BookLookup, LookedUpBook } from './book-lookup';

interface OpenLibraryBook {
  title?: string;
  authors?: Array<{ name?: string }>;
  publish_date?: string;
  cover?: { medium?: string };
}

type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

/** Open Library's Books API (`jscmd=data`); a slow or failing service counts as "not found". */
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
      return book?.title ? toLookedUpBook(book.title, book) : null;
    } catch {
      return null;
    }
  }
}

function toLookedUpBook(title: string, book: OpenLibraryBook): LookedUpBook {
  const year = /\b(\d{4})\b/.exec(book.publish_date ?? '')?.[1];
  return {
    title,
    authors: (book.authors ?? []).map((author) => author.name ?? '').filter((name) => name !== ''),
    publishedYear: year ? Number(year) : null,
    coverUrl: book.cover?.medium?.startsWith('https://') ? book.cover.medium : null,
  };
}
