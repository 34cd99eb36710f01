import {
  BOOK_AUTHORS_MAX,
  BOOK_AUTHOR_MAX_LENGTH,
  BOOK_TITLE_MAX_LENGTH,
  hasForbiddenCharacters,
} from '@lukuhaaste/shared/util-rules';
import type { LookedUpBook } from '../lookup/book-lookup';

/** Same as the `books.cover_url` column. */
const COVER_URL_MAX_LENGTH = 1000;

/**
 * Makes an outside catalogue's record fit the rules a patron's input must
 * pass, so storing it can never fail: control and bidi-override characters
 * and line breaks become spaces, texts are truncated to the column lengths,
 * authors deduplicated and capped, implausible years and unsafe or
 * over-long cover URLs dropped. Null when no title or author survives.
 */
export function cleanLookedUpBook(found: LookedUpBook, thisYear: number): LookedUpBook | null {
  const title = truncate(singleLine(found.title), BOOK_TITLE_MAX_LENGTH);
  const authors = [...new Set(found.authors.map((author) => truncate(singleLine(author), BOOK_AUTHOR_MAX_LENGTH)))]
    .filter((author) => author !== '')
    .slice(0, BOOK_AUTHORS_MAX);
  if (title === '' || authors.length === 0) return null;
  const year = found.publishedYear;
  return {
    title,
    authors,
    publishedYear: year != null && Number.isInteger(year) && year >= 0 && year <= thisYear + 1 ? year : null,
    coverUrl: isSafeCoverUrl(found.coverUrl) ? found.coverUrl : null,
  };
}

function singleLine(text: string): string {
  return [...text]
    .map((char) => (hasForbiddenCharacters(char) || /\s/.test(char) ? ' ' : char))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Cuts at a code point (never inside a surrogate pair) and marks the cut with an ellipsis. */
function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function isSafeCoverUrl(url: string | null): url is string {
  return (
    url != null &&
    url.length <= COVER_URL_MAX_LENGTH &&
    /^https:\/\/[^\s]+$/.test(url) &&
    !hasForbiddenCharacters(url) &&
    URL.canParse(url)
  );
}
