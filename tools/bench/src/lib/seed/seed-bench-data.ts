import argon2, { type HashOptions } from 'argon2';
import type pg from 'pg';
import {
  BENCH_PASSWORD,
  LIBRARIAN_EMAIL,
  PAGE_PATRON_ENTRIES,
  PATRON_EMAIL,
  patronEmail,
  type BenchVolume,
} from './bench-dataset.constant.ts';
import { seedBranches } from './seed-branches.ts';
import { seedDiscussion } from './seed-discussion.ts';
import { seedReaders } from './seed-readers.ts';

/** What the runs need to know about the seeded rows (saved beside a cached dataset). */
export interface BenchData {
  challengeSlug: string;
  /** A patron with PAGE_PATRON_ENTRIES entries: whose challenge page is benched. */
  pagePatronEmail: string;
  /** Category 1's thread, the busiest. */
  pageThreadId: string;
  pageThreadComments: number;
  /** Category 1, whose "what others read" list is benched. */
  readsCategoryId: string;
  /** The busiest branch (most patrons' home): the statistics' branch filter. */
  statsBranchId: string;
  /** Signs in to the statistics dashboard. */
  librarianEmail: string;
  /** Empty threads the live-delivery posts go to, one per set-up. */
  liveThreadIds: { single: string; shared: string };
  /** Rows per table, for the report. */
  rows: Record<'users' | 'books' | 'participations' | 'readingEntries' | 'threads' | 'comments' | 'reactions', number>;
}

const SLUG = 'lukuhaaste-bench';

/**
 * Writes a bench dataset in one transaction with set-based SQL, every
 * trigger and constraint of the production schema in force. Shaped like real
 * use: many patrons with few entries and some with all, popular books and a
 * long tail, busy and quiet threads, translations missing here and there.
 * Pseudo-random choices come from hashes of row numbers, so the same rows
 * (apart from ids and timestamps) every time.
 */
export async function seedBenchData(
  client: pg.ClientBase,
  volume: BenchVolume,
  argon2Options: HashOptions,
): Promise<BenchData> {
  // One hash for everyone with the API's own parameters, so a login costs what it costs in production.
  const passwordHash = await argon2.hash(BENCH_PASSWORD, argon2Options);
  await client.query('BEGIN');
  try {
    // A uniform number in [0, 1) from (stream, x): deterministic, and inlined by the planner.
    await client.query(
      `CREATE FUNCTION pg_temp.unit(stream int, x bigint) RETURNS float8 LANGUAGE sql IMMUTABLE
         AS $$ SELECT (hashint8extended(x, stream) & 9007199254740991)::float8 / 9007199254740992 $$`,
    );
    await seedBranches(client, volume.branches);
    await client.query(
      `INSERT INTO users (email, display_name, password_hash, role) VALUES ($1, 'Kirjastonhoitaja', $2, 'LIBRARIAN')`,
      [LIBRARIAN_EMAIL, passwordHash],
    );
    const challengeId = await seedReaders(client, volume, { slug: SLUG, passwordHash, emailPattern: PATRON_EMAIL });
    const pageThreadId = await seedDiscussion(client, challengeId, volume);
    const { rows: live } = await client.query<{ id: string }>(
      `INSERT INTO threads (challenge_id, kind, title, author_id)
       SELECT $1, 'GENERAL', title, (SELECT user_id FROM bench_patron WHERE n = 1)
         FROM unnest(ARRAY['Live: one instance', 'Live: two instances']) WITH ORDINALITY AS t(title, n)
        ORDER BY n
       RETURNING id`,
      [challengeId],
    );
    const {
      rows: [found],
    } = await client.query<{ n: number; category_id: string; page_thread_comments: number; branch_id: string }>(
      `SELECT (SELECT min(n) FROM bench_patron WHERE entries = $1) AS n,
              (SELECT id FROM bench_branch WHERE n = 1) AS branch_id,
              (SELECT id FROM bench_category WHERE position = 1) AS category_id,
              (SELECT count(*)::int FROM comments WHERE thread_id = $2) AS page_thread_comments`,
      [PAGE_PATRON_ENTRIES, pageThreadId],
    );
    if (!found?.n) throw new Error(`No patron has exactly ${PAGE_PATRON_ENTRIES} entries; the dataset is too small.`);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return {
      challengeSlug: SLUG,
      pagePatronEmail: patronEmail(found.n),
      pageThreadId,
      pageThreadComments: found.page_thread_comments,
      readsCategoryId: found.category_id,
      statsBranchId: found.branch_id,
      librarianEmail: LIBRARIAN_EMAIL,
      liveThreadIds: { single: (live[0] as { id: string }).id, shared: (live[1] as { id: string }).id },
      rows: await countRows(client),
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function countRows(client: pg.ClientBase): Promise<BenchData['rows']> {
  const { rows } = await client.query<BenchData['rows']>(
    `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM books) AS books,
            (SELECT count(*)::int FROM participations) AS participations,
            (SELECT count(*)::int FROM reading_entries) AS "readingEntries",
            (SELECT count(*)::int FROM threads) AS threads, (SELECT count(*)::int FROM comments) AS comments,
            (SELECT count(*)::int FROM comment_reactions) AS reactions`,
  );
  return rows[0] as BenchData['rows'];
}
