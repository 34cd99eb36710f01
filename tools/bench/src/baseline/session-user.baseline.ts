import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * The signed-in user as the API's AuthGuard finds them on every request:
 * the lh_session cookie's SHA-256 looked up in sessions, joined to the user.
 * Null without a live session.
 */
export async function sessionUser(db: pg.Pool, cookieHeader: string | undefined): Promise<{ id: string } | null> {
  const token = /(?:^|;\s*)lh_session=([^;]+)/.exec(cookieHeader ?? '')?.[1];
  if (!token) return null;
  const { rows } = await db.query<{ id: string }>(
    `SELECT s.*, u.* FROM sessions AS s JOIN users AS u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [createHash('sha256').update(token).digest()],
  );
  return rows[0] ?? null;
}
