import type pg from 'pg';
import type { BenchVolume } from './bench-dataset.constant.ts';

const KINDS = `ARRAY['LIKE', 'LOVE', 'LAUGH', 'WOW']::reaction_kind[]`;

/**
 * General threads, then top-level comments spread over all threads with a
 * skew (u^1.5: category 1's thread is the busiest), replies to random
 * top-level comments, 0–7 reactions each (u²), and the threads' counters as
 * the API keeps them. Some comments share the author's reading entry in the
 * thread's category, some name a book; a few are edited, deleted or hidden.
 * Needs seedReaders' temp tables; returns category 1's thread.
 */
export async function seedDiscussion(client: pg.ClientBase, challengeId: string, volume: BenchVolume): Promise<string> {
  const { patrons, books, generalThreads, topLevelComments, replies } = volume;
  await client.query(
    `INSERT INTO threads (challenge_id, kind, title, author_id, created_at, last_activity_at)
     SELECT $1, 'GENERAL', 'Keskustelu numero ' || g, p.user_id,
            now() - interval '300 days' + g * interval '1 day', now() - interval '300 days' + g * interval '1 day'
       FROM generate_series(1, $2::int) AS g
       JOIN bench_patron AS p ON p.n = 1 + (g * 7919) % $3`,
    [challengeId, generalThreads, patrons],
  );
  await client.query(
    `CREATE TEMP TABLE bench_thread ON COMMIT DROP AS
     SELECT row_number() OVER (ORDER BY c.position NULLS LAST, t.created_at, t.id) - 1 AS t, t.id, t.category_id
       FROM threads AS t LEFT JOIN categories AS c ON c.id = t.category_id
      WHERE t.challenge_id = $1`,
    [challengeId],
  );
  await client.query(`ALTER TABLE bench_thread ADD PRIMARY KEY (t)`);
  const {
    rows: [{ count: threads } = { count: 0 }],
  } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM bench_thread`);
  await client.query(
    `CREATE TEMP TABLE bench_top ON COMMIT DROP AS
     SELECT i, gen_random_uuid() AS id, th.id AS thread_id, th.category_id, p.user_id, p.participation_id,
            now() - interval '300 days' + i * interval '300 days' / $1::int AS created_at
       FROM generate_series(1, $1::int) AS i
       JOIN bench_thread AS th ON th.t = floor($2 * pg_temp.unit(20, i) ^ 1.5)::int
       JOIN bench_patron AS p ON p.n = 1 + floor($3 * pg_temp.unit(21, i))::int`,
    [topLevelComments, threads, patrons],
  );
  await client.query(`ALTER TABLE bench_top ADD PRIMARY KEY (i)`);
  await client.query(
    `INSERT INTO comments (id, thread_id, author_id, body, body_html, contains_spoilers, book_id, reading_entry_id,
                           created_at, edited_at, deleted_at, hidden_at, hidden_reason)
     SELECT t.id, t.thread_id, t.user_id,
            repeat('Luin tähän kohtaan **' || coalesce(eb.title, b.title, 'kirjan') || '**, ja se oli parempi kuin odotin. ', 1 + t.i % 3),
            '<p>' || repeat('Luin tähän kohtaan <strong>' || coalesce(eb.title, b.title, 'kirjan') || '</strong>, ja se oli parempi kuin odotin. ', 1 + t.i % 3) || E'</p>\\n',
            pg_temp.unit(22, t.i) < 0.08, coalesce(e.book_id, b.id), e.id, t.created_at,
            CASE WHEN pg_temp.unit(23, t.i) < 0.09 THEN t.created_at + interval '5 minutes' END,
            CASE WHEN pg_temp.unit(24, t.i) < 0.015 THEN t.created_at + interval '1 day' END,
            CASE WHEN pg_temp.unit(25, t.i) < 0.01 THEN t.created_at + interval '2 days' END,
            CASE WHEN pg_temp.unit(25, t.i) < 0.01 THEN 'Mainos' END
       FROM bench_top AS t
       LEFT JOIN reading_entries AS e
         ON pg_temp.unit(26, t.i) < 0.3 AND e.participation_id = t.participation_id AND e.category_id = t.category_id
       LEFT JOIN books AS eb ON eb.id = e.book_id
       LEFT JOIN bench_book AS nb ON e.id IS NULL AND pg_temp.unit(27, t.i) < 0.1
                                  AND nb.n = 1 + floor($1 * pg_temp.unit(28, t.i) ^ 3)::int
       LEFT JOIN books AS b ON b.id = nb.id`,
    [books],
  );
  await client.query(
    `CREATE TEMP TABLE bench_reply ON COMMIT DROP AS
     SELECT j, gen_random_uuid() AS id, t.id AS parent_id, t.thread_id, p.user_id,
            least(now(), t.created_at + (1 + 47 * pg_temp.unit(31, j)) * interval '1 hour') AS created_at
       FROM generate_series(1, $1::int) AS j
       JOIN bench_top AS t ON t.i = 1 + floor($2 * pg_temp.unit(30, j))::int
       JOIN bench_patron AS p ON p.n = 1 + floor($3 * pg_temp.unit(32, j))::int`,
    [replies, topLevelComments, patrons],
  );
  await client.query(
    `INSERT INTO comments (id, thread_id, parent_id, author_id, body, body_html, created_at, deleted_at)
     SELECT id, thread_id, parent_id, user_id,
            'Samaa mieltä, kiitos vinkistä! (' || j || ')', '<p>Samaa mieltä, kiitos vinkistä! (' || j || E')</p>\\n',
            created_at, CASE WHEN pg_temp.unit(33, j) < 0.02 THEN created_at + interval '1 hour' END
       FROM bench_reply`,
  );
  // Reactor r of comment x is patron 1 + (7919x + 104729r) mod patrons: distinct for r ≤ 8 at both sizes.
  await client.query(
    `INSERT INTO comment_reactions (comment_id, user_id, kind, created_at)
     SELECT c.id, p.user_id, (${KINDS})[1 + floor(4 * pg_temp.unit(41, c.x * 8 + r) ^ 2)::int],
            least(now(), c.created_at + r * interval '10 minutes')
       FROM (SELECT id, i AS x, created_at FROM bench_top
             UNION ALL SELECT id, $1::int + j, created_at FROM bench_reply) AS c
      CROSS JOIN LATERAL generate_series(1, floor(8 * pg_temp.unit(40, c.x) ^ 2)::int) AS r
       JOIN bench_patron AS p ON p.n = 1 + (c.x * 7919 + r * 104729) % $2`,
    [topLevelComments, patrons],
  );
  await client.query(
    `UPDATE threads AS t SET comment_count = counted.live, last_activity_at = counted.latest
       FROM (SELECT thread_id, count(*) FILTER (WHERE deleted_at IS NULL)::int AS live, max(created_at) AS latest
               FROM comments GROUP BY thread_id) AS counted
      WHERE t.id = counted.thread_id`,
  );
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM bench_thread WHERE t = 0`);
  return (rows[0] as { id: string }).id;
}
