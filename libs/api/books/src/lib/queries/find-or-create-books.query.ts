import type { EntityManager } from 'typeorm';
import type { NormalizedNewBook } from '../utils/check-new-book.util';
import { NORMALIZE } from './search-text.query';

/** The books of $1 (a JSON array) as rows, numbered by their place in it. */
const INPUT = `input AS (
  SELECT ord, title, authors, isbn13, published_year,
         ${NORMALIZE(`title || ' ' || array_to_string(authors, ' ')`)} AS search_text
  FROM jsonb_to_recordset($1::jsonb)
       AS x(ord int, title varchar, authors varchar[], isbn13 char(13), published_year smallint)
)`;

const INSERT_WITH_ISBN = `WITH ${INPUT}
  INSERT INTO books (title, authors, isbn13, published_year, search_text)
  SELECT DISTINCT ON (isbn13) title, authors, isbn13, published_year, search_text
  FROM input WHERE isbn13 IS NOT NULL ORDER BY isbn13, ord
  ON CONFLICT (isbn13) DO NOTHING`;

const INSERT_WITHOUT_ISBN = `WITH ${INPUT}
  INSERT INTO books (title, authors, published_year, search_text)
  SELECT DISTINCT ON (search_text) title, authors, published_year, search_text
  FROM input
  WHERE isbn13 IS NULL AND NOT EXISTS (SELECT 1 FROM books WHERE books.search_text = input.search_text)
  ORDER BY search_text, ord`;

/** Each input's book: by ISBN, else the oldest with the same title and authors; locked FOR KEY SHARE. */
const SELECT_IDS = `WITH ${INPUT}, found AS (
    SELECT input.ord, books.id FROM input JOIN books ON books.isbn13 = input.isbn13
    UNION ALL
    SELECT input.ord, same.id FROM input CROSS JOIN LATERAL (
      SELECT id FROM books WHERE books.search_text = input.search_text ORDER BY created_at, id LIMIT 1
    ) same WHERE input.isbn13 IS NULL
  )
  SELECT found.ord, books.id FROM found JOIN books ON books.id = found.id
  FOR KEY SHARE OF books`;

/**
 * findOrCreate for many books at once (an import): three set-based
 * statements whatever the count — books with an ISBN inserted unless the ISBN
 * is known, books without one unless a book with the same title and authors
 * exists, then every book's id, in the order given. The books stay locked
 * FOR KEY SHARE until the caller's transaction ends, so a merge cannot delete
 * one before the caller's references to it are stored.
 */
export async function findOrCreateBooks(manager: EntityManager, books: NormalizedNewBook[]): Promise<string[]> {
  if (books.length === 0) return [];
  const input = JSON.stringify(
    books.map((book, ord) => ({
      ord,
      title: book.title,
      authors: book.authors,
      isbn13: book.isbn13,
      published_year: book.publishedYear,
    })),
  );
  await manager.query(INSERT_WITH_ISBN, [input]);
  await manager.query(INSERT_WITHOUT_ISBN, [input]);
  const rows: Array<{ ord: number; id: string }> = await manager.query(SELECT_IDS, [input]);
  const ids = new Array<string>(books.length);
  for (const { ord, id } of rows) ids[ord] = id;
  return ids;
}
