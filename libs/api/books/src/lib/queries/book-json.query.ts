import type { BookEntity } from '../entities/book.entity';

/**
 * A book row as a JSON object keyed by entity property (every selected
 * column: not search_text), for statements of other contexts that return
 * books with their own rows, e.g. a reader's entries; bookFromJson turns it
 * back into what TypeORM would hydrate.
 */
export function bookJsonOf(alias: string): string {
  return `json_build_object('id', ${alias}.id, 'title', ${alias}.title, 'authors', ${alias}.authors,
    'isbn13', ${alias}.isbn13, 'publishedYear', ${alias}.published_year, 'language', ${alias}.language,
    'coverUrl', ${alias}.cover_url, 'createdAt', ${alias}.created_at)`;
}

export function bookFromJson(json: Omit<BookEntity, 'createdAt'> & { createdAt: string }): BookEntity {
  return { ...json, createdAt: new Date(json.createdAt) } as BookEntity;
}
