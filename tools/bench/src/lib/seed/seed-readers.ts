import type pg from 'pg';
import type { BenchVolume } from './bench-dataset.constant.ts';

/** Share of patrons who complete every category; the rest log floor(categories × u²) entries (0 for about one in seven). */
const COMPLETERS = 0.1;
/** Share of patrons who picked a home branch in their profile: branch 1 the busiest (u², a central library), the last ones quiet. */
const WITH_HOME_BRANCH = 0.85;

/**
 * Patrons, books, the challenge with its categories, participations and
 * reading entries (about 20 a patron): set-based, in the caller's
 * transaction, after seedBranches. Leaves temp tables bench_patron (n, user_id,
 * participation_id, entries), bench_book (n, id) and bench_category
 * (position, id) for the discussion seed. Returns the challenge id.
 */
export async function seedReaders(
  client: pg.ClientBase,
  volume: BenchVolume,
  { slug, passwordHash, emailPattern }: { slug: string; passwordHash: string; emailPattern: string },
): Promise<string> {
  const { patrons, books, categories } = volume;
  await client.query(
    `CREATE TEMP TABLE bench_patron ON COMMIT DROP AS
     SELECT n, gen_random_uuid() AS user_id, gen_random_uuid() AS participation_id,
            CASE WHEN pg_temp.unit(1, n) < $3 THEN $2::int ELSE floor($2 * pg_temp.unit(2, n) ^ 2)::int END AS entries,
            floor($2 * pg_temp.unit(3, n))::int AS first_category
       FROM generate_series(1, $1::int) AS n`,
    [patrons, categories, COMPLETERS],
  );
  await client.query(`ALTER TABLE bench_patron ADD PRIMARY KEY (n)`);
  await client.query(
    `INSERT INTO users (id, email, display_name, password_hash, locale, created_at, home_branch_id)
     SELECT user_id, replace($2, '{n}', n::text), 'Lukija ' || n, $1,
            (ARRAY['fi', 'sv', 'en']::user_locale[])[1 + floor(3 * pg_temp.unit(4, n) ^ 3)::int],
            now() - n * interval '5 minutes',
            CASE WHEN pg_temp.unit(13, n) < $3
                 THEN (SELECT id FROM bench_branch AS b WHERE b.n = 1 + floor($4 * pg_temp.unit(14, p.n) ^ 2)::int) END
       FROM bench_patron AS p`,
    [passwordHash, emailPattern, WITH_HOME_BRANCH, volume.branches],
  );
  await client.query(
    `CREATE TEMP TABLE bench_book ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, $1::int) AS n`,
    [books],
  );
  await client.query(`ALTER TABLE bench_book ADD PRIMARY KEY (n)`);
  await client.query(
    `INSERT INTO books (id, title, authors, isbn13, published_year, language, cover_url, search_text)
     SELECT id, 'Kirja numero ' || n,
            ARRAY['Kirjailija ' || 1 + n % 7000] || CASE WHEN n % 9 = 0 THEN ARRAY['Kääntäjä ' || n] ELSE '{}' END,
            CASE WHEN n % 2 = 0 THEN '978' || lpad(n::text, 10, '0') END,
            1900 + n % 125, (ARRAY['fi', 'sv', 'en'])[1 + n % 3],
            CASE WHEN n % 4 <> 0 THEN 'https://covers.openlibrary.org/b/id/' || 8000000 + n || '-M.jpg' END,
            'kirja numero ' || n || ' kirjailija ' || 1 + n % 7000
       FROM bench_book`,
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
    [slug],
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
    `CREATE TEMP TABLE bench_category ON COMMIT DROP AS
     SELECT position, id FROM categories WHERE challenge_id = $1`,
    [challengeId],
  );
  await client.query(`ALTER TABLE bench_category ADD PRIMARY KEY (position)`);
  await client.query(
    `INSERT INTO participations (id, user_id, challenge_id, joined_at, completed_count, completed_at)
     SELECT participation_id, user_id, $1, now() - n * interval '5 minutes' + interval '1 minute', entries,
            CASE WHEN entries = $2 THEN now() - pg_temp.unit(5, n) * interval '30 days' END
       FROM bench_patron`,
    [challengeId, categories],
  );
  // Entry k of patron n: categories in a patron's own order, books with a long tail (u³) and each category's own favourites.
  await client.query(
    `INSERT INTO reading_entries
       (challenge_id, participation_id, category_id, book_id, format, finished_on, rating, review, contains_spoilers)
     SELECT $1, p.participation_id, c.id, b.id,
            (ARRAY['PRINT', 'EBOOK', 'AUDIOBOOK']::book_format[])[1 + floor(3 * pg_temp.unit(6, e.x) ^ 2)::int],
            current_date - floor((current_date - date_trunc('year', current_date)::date + 1) * pg_temp.unit(7, e.x))::int,
            CASE WHEN pg_temp.unit(8, e.x) < 0.7 THEN 1 + floor(5 * pg_temp.unit(9, e.x))::int END,
            CASE WHEN pg_temp.unit(10, e.x) < 0.25
                 THEN 'Ajatuksia kirjasta numero ' || b.n || '. ' || repeat('Hyvin kirjoitettu ja kiinnostava. ', 1 + (e.x % 4)::int) END,
            pg_temp.unit(11, e.x) < 0.06
       FROM bench_patron AS p
      CROSS JOIN LATERAL (SELECT k, p.n * 64 + k AS x FROM generate_series(0, p.entries - 1) AS k) AS e
       JOIN bench_category AS c ON c.position = 1 + (p.first_category + e.k) % $2
       JOIN bench_book AS b ON b.n = 1 + (floor($3::int * pg_temp.unit(12, e.x) ^ 3)::int + c.position * 997) % $3::int`,
    [challengeId, categories, books],
  );
  return challengeId;
}
