import { assertValid, checkUuid } from '@lukuhaaste/api/common';

/*
 * A log cursor names the last row of a page. The log is append-only, so that
 * row always exists and the next page is "older than it" by (created_at, id)
 * at the database's full precision; rows appended meanwhile never shift a page.
 */

export function encodeLogCursor(id: string): string {
  return Buffer.from(`log:${id}`).toString('base64url');
}

/** The id of the row the next page starts after; BAD_USER_INPUT (`after`) for a cursor this API did not make. */
export function decodeLogCursor(cursor: string): string {
  const id = /^log:(.+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))?.[1] ?? '';
  assertValid([checkUuid('after', id)]);
  return id;
}
