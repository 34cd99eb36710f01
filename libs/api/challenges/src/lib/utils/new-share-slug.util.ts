import { randomBytes } from 'node:crypto';

/** 96 random bits as 16 URL-safe characters: not guessable, not derived from the account. */
export function newShareSlug(): string {
  return randomBytes(12).toString('base64url');
}

/** What a slug can look like (same rule as the table's CHECK), so odd input is refused before the database. */
export const SHARE_SLUG_PATTERN = /^[A-Za-z0-9_-]{16,32}$/;
