import argon2, { type HashOptions } from 'argon2';
import type pg from 'pg';
import { BENCH_PASSWORD, BENCH_VOLUME, PATRON_EMAIL } from './bench-volume.constant.ts';

export interface BenchData {
  challengeSlug: string;
  /** Category 1's thread, holding the 400 comments. */
  pageThreadId: string;
  /** Empty threads the live-delivery posts go to, one per set-up. */
  liveThreadIds: { single: string; shared: string };
}

const SLUG = 'lukuhaaste-bench';
const KINDS = `ARRAY['LIKE', 'LOVE', 'LAUGH', 'WOW']::reaction_kind[]`;

/**
 * Writes the bench dataset in one transaction with set-based SQL (seconds,
 * not minutes), shaped like real use: translations missing here and there,
 * entries with and without ratings and reviews, comments with books, shared
 * reading entries, spoilers, edits, deletions, hidden comments, and replies
 * and reactions unevenly spread. Deterministic apart from ids and timestamps: the same rows every run.
 */
export async function seedBenchData(client: pg.ClientBase, argon2Options: HashOptions): Promise<BenchData> {
  const { patrons, books, categories, entriesPerPatron, topLevelComments } = BENCH_VOLUME;
  // One hash for everyone with the API's own parameters, so a login costs what it costs in production.
  const passwordHash = await argon2.hash(BENCH_PASSWORD, argon2Options);
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO users (email, display_name, password_hash, locale, created_at)
       SELECT replace($3, '{n}', i::text), 'Lukija ' || i, $1,
              (ARRAY['fi', 'sv', 'en']::user_locale[])[1 + i % 3], now() - i * interval '1 hour'
         FROM generate_series(1, $2::int) AS i`,
      [passwordHash, patrons, PATRON_EMAIL],
    );
    await client.query(
      `INSERT INTO books (title, authors, published_year, language, cover_url, search_text)
       SELECT 'Kirja numero ' || i,
              ARRAY['Kirjailija ' || 1 + i % 700] || CASE WHEN i % 9 = 0 THEN ARRAY['Kääntäjä ' || i] ELSE '{}' END,
              1900 + i % 125, (ARRAY['fi', 'sv', 'en'])[1 + i % 3],
              CASE WHEN i % 4 <> 0 THEN 'https://covers.openlibrary.org/b/id/' || 8000000 + i || '-M.jpg' END,
              'kirja numero ' || i || ' kirjailija ' || 1 + i % 700
         FROM generate_series(1, $1::int) AS i`,
      [books],
    );
    const {
      rows: [challenge],
    } = await client.query<{ id: string }>(
      `INSERT INTO challenges (slug, year, title, description, status, starts_on, ends_on, published_at)
       VALUES ($1, extract(year FROM current_date),
               '{"fi": "Helmet-lukuhaaste (bench)", "sv": "Helmet-läsutmaningen (bench)", "en": "Helmet reading challenge (bench)"}',
               '{"fi": "Viisikymmentä haastekohtaa koko vuodeksi.", "sv": "Femtio utmaningspunkter för hela året."}',
               'PUBLISHED', date_trunc('year', current_date), date_trunc('year', current_date) + interval '1 year - 1 day',
               now())
       RETURNING id`,
      [SLUG],
    );
    const challengeId = (challenge as { id: string }).id;
    // Every category gets its thread from the discussion lib's trigger, as in production.
    await client.query(
      `INSERT INTO categories (challenge_id, position, title, description)
       SELECT $1, i,
              jsonb_strip_nulls(jsonb_build_object(
                'fi', 'Kirja, jonka nimessä on numero ' || i,
                'sv', CASE WHEN i % 7 <> 0 THEN 'En bok med siffran ' || i || ' i titeln' END,
                'en', CASE WHEN i % 5 <> 0 THEN 'A book with the number ' || i || ' in its title' END)),
              CASE WHEN i % 4 <> 0 THEN jsonb_strip_nulls(jsonb_build_object(
                'fi', 'Numero voi olla kirjoitettu myös kirjaimin. Kohta ' || i || '.',
                'sv', CASE WHEN i % 3 <> 0 THEN 'Siffran kan också vara utskriven med bokstäver.' END)) END
         FROM generate_series(1, $2::int) AS i`,
      [challengeId, categories],
    );
    await client.query(
      `INSERT INTO participations (user_id, challenge_id, joined_at, completed_count)
       SELECT id, $1, created_at, $2 FROM users`,
      [challengeId, entriesPerPatron],
    );
    // Patron n logs category 1 + (n + 5k) % 50 for k < 10: ten different categories, ten different books.
    await client.query(
      `INSERT INTO reading_entries
         (challenge_id, participation_id, category_id, book_id, format, finished_on, rating, review, contains_spoilers)
       SELECT $1, p.id, c.id, b.id, (ARRAY['PRINT', 'EBOOK', 'AUDIOBOOK']::book_format[])[1 + (p.n + k) % 3],
              current_date - ((p.n + k * 13) % (current_date - date_trunc('year', current_date)::date + 1))::int,
              CASE WHEN (p.n + k) % 3 <> 0 THEN 1 + (p.n + k) % 5 END,
              CASE WHEN (p.n + k) % 4 = 0 THEN 'Ajatuksia kirjasta numero ' || b.n || '.' END,
              (p.n + k) % 17 = 0
         FROM (SELECT id, row_number() OVER (ORDER BY joined_at DESC) AS n FROM participations) AS p
        CROSS JOIN generate_series(0, $2::int - 1) AS k
         JOIN categories AS c ON c.challenge_id = $1 AND c.position = 1 + (p.n + k * 5) % $3
         JOIN (SELECT id, row_number() OVER (ORDER BY title) AS n FROM books) AS b
           ON b.n = 1 + (p.n * 7 + k * 131) % $4`,
      [challengeId, entriesPerPatron, categories, books],
    );
    const pageThreadId = await seedPageThread(client, challengeId, topLevelComments);
    const { rows: live } = await client.query<{ id: string }>(
      `INSERT INTO threads (challenge_id, kind, title, author_id)
       SELECT $1, 'GENERAL', title, (SELECT id FROM users ORDER BY created_at DESC LIMIT 1)
         FROM unnest(ARRAY['Live: one instance', 'Live: two instances']) WITH ORDINALITY AS t(title, n)
        ORDER BY n
       RETURNING id`,
      [challengeId],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return {
      challengeSlug: SLUG,
      pageThreadId,
      liveThreadIds: { single: (live[0] as { id: string }).id, shared: (live[1] as { id: string }).id },
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Category 1's thread: top-level comment i has i % 4 replies; some share a reading entry or a book. */
async function seedPageThread(client: pg.ClientBase, challengeId: string, topLevel: number): Promise<string> {
  const {
    rows: [thread],
  } = await client.query<{ id: string; category_id: string }>(
    `SELECT t.id, t.category_id FROM threads AS t JOIN categories AS c ON c.id = t.category_id
      WHERE c.challenge_id = $1 AND c.position = 1`,
    [challengeId],
  );
  const { id: threadId, category_id: categoryId } = thread as { id: string; category_id: string };
  await client.query(
    `WITH people AS (SELECT id, row_number() OVER (ORDER BY created_at DESC) AS n, count(*) OVER () AS total FROM users),
          shared AS (SELECT e.id, e.book_id, p.user_id, row_number() OVER (ORDER BY p.joined_at DESC) AS n
                       FROM reading_entries AS e JOIN participations AS p ON p.id = e.participation_id
                      WHERE e.category_id = $2),
          catalogue AS (SELECT id, title, row_number() OVER (ORDER BY title) AS n FROM books)
     INSERT INTO comments (thread_id, author_id, body, body_html, contains_spoilers, book_id, reading_entry_id,
                           created_at, edited_at, deleted_at, hidden_at, hidden_reason)
     SELECT $1, coalesce(s.user_id, a.id),
            repeat('Luin tähän kohtaan **' || coalesce(b.title, 'kirjan') || '**, ja se oli parempi kuin odotin. ', 1 + i % 3),
            '<p>' || repeat('Luin tähän kohtaan <strong>' || coalesce(b.title, 'kirjan') || '</strong>, ja se oli parempi kuin odotin. ', 1 + i % 3) || E'</p>\\n',
            i % 8 = 0, coalesce(s.book_id, b.id), s.id,
            now() - interval '20 days' + i * interval '97 minutes',
            CASE WHEN i % 11 = 0 THEN now() - interval '20 days' + i * interval '97 minutes' + interval '5 minutes' END,
            CASE WHEN i % 60 = 7 THEN now() - interval '1 day' END,
            CASE WHEN i % 40 = 3 THEN now() - interval '2 days' END,
            CASE WHEN i % 40 = 3 THEN 'Mainos' END
       FROM generate_series(1, $3::int) AS i
       JOIN people AS a ON a.n = 1 + (i * 37) % a.total
       LEFT JOIN shared AS s ON i % 10 = 1 AND s.n = i
       LEFT JOIN catalogue AS b ON b.id = s.book_id OR (s.id IS NULL AND i % 5 = 0 AND b.n = 1 + i * 13)`,
    [threadId, categoryId, topLevel],
  );
  await client.query(
    `WITH people AS (SELECT id, row_number() OVER (ORDER BY created_at DESC) AS n, count(*) OVER () AS total FROM users),
          tops AS (SELECT id, created_at, row_number() OVER (ORDER BY created_at, id) AS i FROM comments WHERE thread_id = $1)
     INSERT INTO comments (thread_id, parent_id, author_id, body, body_html, created_at, deleted_at)
     SELECT $1, t.id, a.id, 'Samaa mieltä, kiitos vinkistä! (' || r || ')', '<p>Samaa mieltä, kiitos vinkistä! (' || r || E')</p>\\n',
            t.created_at + r * interval '3 minutes', CASE WHEN (t.i + r) % 45 = 0 THEN now() - interval '1 hour' END
       FROM tops AS t
      CROSS JOIN LATERAL generate_series(1, (t.i % 4)::int) AS r
       JOIN people AS a ON a.n = 1 + (t.i * 53 + r * 11) % a.total`,
    [threadId],
  );
  // Comment c gets a reaction from patron u when (31u + 17c) % 1000 < 1 + c % 8: 0–16 each, about 9 on average.
  await client.query(
    `WITH people AS (SELECT id, row_number() OVER (ORDER BY created_at DESC) AS u FROM users),
          live AS (SELECT id, row_number() OVER (ORDER BY created_at, id) AS c
                     FROM comments WHERE thread_id = $1 AND deleted_at IS NULL)
     INSERT INTO comment_reactions (comment_id, user_id, kind)
     SELECT live.id, people.id, (${KINDS})[1 + (people.u + live.c) % 4]
       FROM live CROSS JOIN people
      WHERE (people.u * 31 + live.c * 17) % 1000 < 1 + live.c % 8`,
    [threadId],
  );
  await client.query(
    `UPDATE threads AS t
        SET comment_count = counted.live, last_activity_at = counted.latest
       FROM (SELECT count(*) FILTER (WHERE deleted_at IS NULL)::int AS live, max(created_at) AS latest
               FROM comments WHERE thread_id = $1) AS counted
      WHERE t.id = $1`,
    [threadId],
  );
  return threadId;
}
