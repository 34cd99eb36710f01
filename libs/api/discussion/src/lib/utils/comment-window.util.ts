import { assertValid, decodeOffsetCursor, MAX_PAGE_SIZE, type OffsetPage } from '@lukuhaaste/api/common';
import type { FieldError } from '@lukuhaaste/shared/util-rules';
import { COMMENTS_PAGE_SIZE } from '../constants/discussion-limits.constant';

export interface CommentWindowArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Which top-level comments a page shows. Top-level comments are never
 * removed (deleting is soft), so an offset keeps pointing at the same
 * comment and offset cursors stay valid while new comments arrive.
 * - `first`/`after`: forwards from the start or after a cursor;
 * - `last`/`before`: the newest page, or backwards before a cursor;
 * - `aroundIndex`: the page (of `first`, aligned like forward paging) holding that comment.
 * Only a backwards window needs `total` (top-level comments in the thread), so
 * callers count first only for those (see isBackwardsWindow) and pass null otherwise.
 */
export function commentWindow(args: CommentWindowArgs, total: number | null, aroundIndex: number | null): OffsetPage {
  const backwards = isBackwardsWindow(args);
  const size = args.last ?? args.first ?? COMMENTS_PAGE_SIZE;
  const after = args.after ? decodeOffsetCursor(args.after) : null;
  const before = args.before ? decodeOffsetCursor(args.before) : null;
  const problems: Array<FieldError | null> = [
    args.first != null && backwards ? { field: 'last', code: 'INVALID_VALUE' } : null,
    size < 1 || size > MAX_PAGE_SIZE
      ? { field: backwards ? 'last' : 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_PAGE_SIZE } }
      : null,
    args.after && after === null ? { field: 'after', code: 'INVALID_VALUE' } : null,
    args.before && before === null ? { field: 'before', code: 'INVALID_VALUE' } : null,
  ];
  assertValid(problems);
  if (aroundIndex !== null) return { offset: Math.floor(aroundIndex / size) * size, limit: size };
  if (backwards) {
    if (total === null) throw new Error('A backwards comment window needs the total.');
    const end = Math.min(before ?? total, total);
    const offset = Math.max(0, end - size);
    return { offset, limit: Math.max(0, end - offset) };
  }
  return { offset: after === null ? 0 : after + 1, limit: size };
}

export function isBackwardsWindow(args: CommentWindowArgs): boolean {
  return args.last != null;
}
