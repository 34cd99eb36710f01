import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor.util';

describe(encodeNotificationCursor.name, () => {
  it('round-trips the time to the millisecond and the id', () => {
    const cursor = { createdAt: new Date('2026-03-04T05:06:07.089Z'), id: '3f0c1b9e-8a51-4a0e-9a3e-3c3d6c2e1f00' };
    expect(decodeNotificationCursor(encodeNotificationCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64 of a cursor', 'hello'],
    ['an offset cursor', Buffer.from('o:20').toString('base64url')],
    [
      'an impossible date',
      Buffer.from('n:2026-13-45T00:00:00.000Z|3f0c1b9e-8a51-4a0e-9a3e-3c3d6c2e1f00').toString('base64url'),
    ],
    ['SQL in the id', Buffer.from("n:2026-01-01T00:00:00.000Z|' OR 1=1 --").toString('base64url')],
  ])('refuses %s', (_case, cursor) => {
    expect(decodeNotificationCursor(cursor)).toBeNull();
  });
});
