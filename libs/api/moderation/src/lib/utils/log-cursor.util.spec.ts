import { ValidationException } from '@lukuhaaste/api/common';
import { decodeLogCursor, encodeLogCursor } from './log-cursor.util';

describe('log cursors', () => {
  it('round-trip the id of the last row of a page', () => {
    const id = '0b8f5a7e-1f2d-4c3b-9a8e-7d6c5b4a3f21';
    expect(decodeLogCursor(encodeLogCursor(id))).toBe(id);
  });

  it('refuse forged cursors as BAD_USER_INPUT on `after`', () => {
    for (const forged of ['', 'not-a-cursor', Buffer.from('log:1 OR 1=1').toString('base64url')]) {
      expect(() => decodeLogCursor(forged)).toThrow(ValidationException);
    }
  });
});
