import { encodeOffsetCursor } from '@lukuhaaste/api/common';
import { commentWindow, isBackwardsWindow } from './comment-window.util';

describe(commentWindow.name, () => {
  it('pages forwards from the start and after a cursor, without needing the total', () => {
    expect(isBackwardsWindow({ first: 5 })).toBe(false);
    expect(commentWindow({}, null, null)).toEqual({ offset: 0, limit: 20 });
    expect(commentWindow({ first: 5, after: encodeOffsetCursor(9) }, null, null)).toEqual({ offset: 10, limit: 5 });
  });

  it('gives the newest page for last without before, and pages backwards before a cursor', () => {
    expect(isBackwardsWindow({ last: 20 })).toBe(true);
    expect(commentWindow({ last: 20 }, 45, null)).toEqual({ offset: 25, limit: 20 });
    expect(commentWindow({ last: 20 }, 7, null)).toEqual({ offset: 0, limit: 7 });
    expect(commentWindow({ last: 10, before: encodeOffsetCursor(25) }, 45, null)).toEqual({ offset: 15, limit: 10 });
    expect(commentWindow({ last: 10, before: encodeOffsetCursor(4) }, 45, null)).toEqual({ offset: 0, limit: 4 });
  });

  it('finds the page that holds a comment, aligned with forward pages', () => {
    expect(commentWindow({ first: 20 }, null, 47)).toEqual({ offset: 40, limit: 20 });
    expect(commentWindow({}, null, 0)).toEqual({ offset: 0, limit: 20 });
  });

  it('refuses both directions at once, sizes out of range and foreign cursors', () => {
    expect(() => commentWindow({ first: 5, last: 5 }, 10, null)).toThrow('last INVALID_VALUE');
    expect(() => commentWindow({ first: 0 }, 10, null)).toThrow('first OUT_OF_RANGE');
    expect(() => commentWindow({ last: 101 }, 10, null)).toThrow('last OUT_OF_RANGE');
    expect(() => commentWindow({ after: 'bm9wZQ' }, 10, null)).toThrow('after INVALID_VALUE');
  });
});
