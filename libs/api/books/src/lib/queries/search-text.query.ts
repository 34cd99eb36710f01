/** The normalisation both the stored search text and every query go through. */
export const NORMALIZE = (sql: string) => `lower(immutable_unaccent(${sql}))`;

/** A book's search text from its title ($1) and authors ($2), as stored in `books.search_text`. */
export const SEARCH_TEXT_OF = NORMALIZE(`$1::varchar || ' ' || array_to_string($2::varchar[], ' ')`);
