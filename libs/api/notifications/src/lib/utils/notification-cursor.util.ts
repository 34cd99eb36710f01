/** Where a page of notifications (newest first) continues: the last row's created_at and id. */
export interface NotificationCursor {
  createdAt: Date;
  id: string;
}

const CURSOR = /^n:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/i;

/**
 * Keyset cursors, so notifications arriving while someone pages do not shift
 * the pages (as offsets would). created_at has millisecond precision in the
 * table, so the Date in the cursor is exactly the stored value.
 */
export function encodeNotificationCursor({ createdAt, id }: NotificationCursor): string {
  return Buffer.from(`n:${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeNotificationCursor(cursor: string): NotificationCursor | null {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2]) return null;
  const createdAt = new Date(match[1]);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: match[2] };
}
