import type { FieldError } from '@lukuhaaste/shared/util-rules';
import { assertValid } from '../errors/validation.exception';
import type { Connection } from './connection.output';

export const MAX_PAGE_SIZE = 100;

export interface OffsetPage {
  offset: number;
  limit: number;
}

/**
 * Opaque cursors for ranked lists (search relevance, popularity) where the
 * order has no unique key to seek on: the cursor encodes the row's offset.
 */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset in a cursor from encodeOffsetCursor; null when it is not one. */
export function decodeOffsetCursor(cursor: string): number | null {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** Validates `first`/`after` and turns them into an offset and limit. */
export function toOffsetPage(first: number, after: string | null | undefined): OffsetPage {
  const problems: Array<FieldError | null> = [
    first < 1 || first > MAX_PAGE_SIZE
      ? { field: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_PAGE_SIZE } }
      : null,
  ];
  const afterOffset = after ? decodeOffsetCursor(after) : -1;
  if (afterOffset === null) problems.push({ field: 'after', code: 'INVALID_VALUE' });
  assertValid(problems);
  return { offset: (afterOffset ?? -1) + 1, limit: first };
}

export function toOffsetConnection<T>(nodes: T[], page: OffsetPage, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeOffsetCursor(page.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
