import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchOptions } from '../cli/bench-options.ts';
import type { BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { sessionCookie, signIn } from '../graphql/sign-in.ts';
import { webOperation } from '../graphql/web-operation.ts';
import { copyCsvLine } from '../import/copy-csv.util.ts';
import { generateReads, goodreadsCsv, type GeneratedRead } from '../import/goodreads-rows.util.ts';
import { responseText } from '../load/http-requester.ts';
import { summarize } from '../stats/percentile.util.ts';
import { ratio, ratioSpread } from '../stats/ratio.util.ts';
import type { TimedRunResult } from './run-result.ts';

/** Rows in the file: the "10k rows must work". */
const IMPORT_ROWS = 10_000;
/** Timed rounds; each times both contenders, in alternating order. */
const ROUNDS = 6;
/**
 * The API's UNPLACED_ENTRIES_MAX: an import stores the first this many reads
 * as entries (and every read's book). The check before timing fails if it changes.
 */
const STORED_ENTRIES = 200;
const IMPORTER_EMAIL = 'tuoja@bench.lukuhaaste.fi';
/** Every generated title starts so; cleaning up removes these books. */
const TITLE_PREFIX = 'Tuontikirja ';

/**
 * importGoodreadsCsv of a 10k-row export (generated in the fixture's shape,
 * every read in the challenge's period) as the web app sends it, against
 * COPY of the rows the import stores into the same tables (the books, the
 * participation and the entries) in one transaction. Both write the same
 * rows (checked once before timing); every attempt starts from the same
 * state: what the previous one wrote, the import's rate-limit window
 * included, is deleted and vacuumed away first, untimed.
 */
export async function runGoodreadsImport(env: BenchEnvironment, _options: BenchOptions): Promise<TimedRunResult> {
  const pool = new pg.Pool({ connectionString: env.databaseUrl, max: 2 });
  try {
    const setup = await prepare(pool, env);
    const api = await env.api('single');
    const cookie = sessionCookie(await signIn(api.baseUrl, IMPORTER_EMAIL));
    const call = graphqlCall(
      api.baseUrl,
      'ImportGoodreadsCsv',
      webOperation('ImportGoodreadsCsv'),
      { challengeId: setup.challengeId, csv: goodreadsCsv(setup.reads) },
      // Apollo's CSRF prevention and the API's larger body limit for this operation both want it.
      { ...cookie, 'x-apollo-operation-name': 'ImportGoodreadsCsv' },
    );
    const viaApi = async () => {
      const { status, text } = await responseText(call);
      const report = JSON.parse(text) as { data?: { importGoodreadsCsv: { imported: number } } };
      if (status !== 200 || report.data?.importGoodreadsCsv.imported !== STORED_ENTRIES) {
        throw new Error(`import: the API answered ${status}: ${text.slice(0, 500)}`);
      }
    };
    const viaCopy = () => copyRows(pool, setup);
    const attempt = async (work: () => Promise<void>) => {
      await cleanUp(pool, setup.userId);
      const started = performance.now();
      await work();
      return performance.now() - started;
    };

    await attempt(viaApi);
    const imported = await storedRows(pool, setup.userId);
    await attempt(viaCopy);
    const copied = await storedRows(pool, setup.userId);
    if (imported !== copied) {
      throw new Error(`import: the import and COPY store different rows:\n${imported}\nagainst\n${copied}`);
    }

    const samples: [number[], number[]] = [[], []];
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      const times: number[] = [];
      for (const index of order) {
        const took = await attempt(index === 0 ? viaApi : viaCopy);
        times[index] = took;
        samples[index].push(took);
      }
      console.log(
        `    round ${round + 1}: import ${times[0]?.toFixed(0)} ms, COPY ${times[1]?.toFixed(0)} ms → ` +
          `${ratio(times[1] as number, times[0] as number).toFixed(2)}×`,
      );
    }
    await cleanUp(pool, setup.userId);
    const [importSamples, copySamples] = samples;
    const [importLatency, copyLatency] = [summarize(importSamples), summarize(copySamples)];
    return {
      kind: 'timed',
      run: 'import',
      description:
        `importGoodreadsCsv of ${IMPORT_ROWS} rows (${IMPORT_ROWS} books, ${STORED_ENTRIES} entries stored, the ` +
        `rest skipped past the unplaced cap) against COPY of the same rows`,
      contenders: [
        { name: `GraphQL importGoodreadsCsv, ${IMPORT_ROWS} rows`, samples: importSamples, latency: importLatency },
        { name: 'COPY of the same rows with pg', samples: copySamples, latency: copyLatency },
      ],
      ratio: ratio(copyLatency.p50, importLatency.p50),
      // Per round, the floor's time over the import's: the share of COPY's speed the import reaches.
      spread: ratioSpread(copySamples, importSamples),
    };
  } finally {
    await pool.end();
  }
}

interface ImportSetup {
  challengeId: string;
  userId: string;
  reads: GeneratedRead[];
  /** Each read's book search text, as the books lib computes it. */
  searchTexts: string[];
}

/** A patron who has not joined (the import joins implicitly), and the rows for today's challenge. */
async function prepare(pool: pg.Pool, env: BenchEnvironment): Promise<ImportSetup> {
  const {
    rows: [found],
  } = await pool.query<{ challenge_id: string; user_id: string; today: string }>(
    `WITH importer AS (
       INSERT INTO users (email, display_name, password_hash)
       SELECT $2, 'Tuoja', password_hash FROM users WHERE email = $3
       RETURNING id)
     SELECT (SELECT id FROM challenges WHERE slug = $1) AS challenge_id, (SELECT id FROM importer) AS user_id,
            to_char(now() AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS today`,
    [env.data.challengeSlug, IMPORTER_EMAIL, env.data.librarianEmail],
  );
  const { challenge_id: challengeId, user_id: userId, today } = found as NonNullable<typeof found>;
  const reads = generateReads(IMPORT_ROWS, today);
  const { rows } = await pool.query<{ search_text: string }>(
    `SELECT lower(immutable_unaccent(title || ' ' || authors)) AS search_text
       FROM unnest($1::varchar[], $2::varchar[]) WITH ORDINALITY AS book(title, authors, n) ORDER BY n`,
    [reads.map((read) => read.title), reads.map((read) => read.authors.join(' '))],
  );
  return { challengeId, userId, reads, searchTexts: rows.map((row) => row.search_text) };
}

/** The rows the import stores, written by COPY in one transaction (ids made here, as COPY needs them). */
async function copyRows(pool: pg.Pool, { challengeId, userId, reads, searchTexts }: ImportSetup): Promise<void> {
  const participationId = randomUUID();
  const bookIds = reads.map(() => randomUUID());
  const books = reads.map((read, index) =>
    copyCsvLine([
      bookIds[index] as string,
      read.title,
      read.authors,
      read.isbn13,
      read.publishedYear,
      searchTexts[index] as string,
    ]),
  );
  const entries = reads
    .slice(0, STORED_ENTRIES)
    .map((read, index) =>
      copyCsvLine([
        challengeId,
        participationId,
        bookIds[index] as string,
        read.format,
        read.finishedOn,
        read.rating,
        read.review,
        read.containsSpoilers,
      ]),
    );
  await inTransaction(pool, async (client) => {
    await client.query(`INSERT INTO participations (id, user_id, challenge_id) VALUES ($1, $2, $3)`, [
      participationId,
      userId,
      challengeId,
    ]);
    await copyLines(client, `COPY books (id, title, authors, isbn13, published_year, search_text)`, books);
    await copyLines(
      client,
      `COPY reading_entries (challenge_id, participation_id, book_id, format, finished_on, rating, review, contains_spoilers)`,
      entries,
    );
  });
}

/** Runs `work` on one pooled connection inside a transaction, rolled back if it fails. */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function copyLines(client: pg.PoolClient, copy: string, lines: string[]): Promise<void> {
  await pipeline(Readable.from([lines.join('')]), client.query(copyFrom(`${copy} FROM STDIN (FORMAT csv)`)));
}

/** The importer's entries with their books, and every generated book: equal text, equal rows. */
async function storedRows(pool: pg.Pool, userId: string): Promise<string> {
  const { rows } = await pool.query<{ books: string; entries: string }>(
    `SELECT (SELECT count(*) || ' books, md5 ' ||
                    md5(string_agg(concat_ws('|', title, authors, isbn13, published_year, search_text, cover_url), ','
                                   ORDER BY title))
               FROM books WHERE title LIKE $2 || '%') AS books,
            (SELECT count(*) || ' entries, md5 ' ||
                    md5(string_agg(concat_ws('|', b.title, e.category_id, e.format, e.finished_on, e.rating, e.review,
                                             e.contains_spoilers), ',' ORDER BY b.title))
               FROM reading_entries e JOIN participations p ON p.id = e.participation_id JOIN books b ON b.id = e.book_id
              WHERE p.user_id = $1) AS entries`,
    [userId, TITLE_PREFIX],
  );
  const [row] = rows;
  return `${row?.books}; ${row?.entries}`;
}

/** Back to the state before any import: no participation, entries, generated books or import rate-limit window. */
async function cleanUp(pool: pg.Pool, userId: string): Promise<void> {
  await pool.query(
    `DELETE FROM reading_entries WHERE participation_id IN (SELECT id FROM participations WHERE user_id = $1)`,
    [userId],
  );
  await pool.query(`DELETE FROM participations WHERE user_id = $1`, [userId]);
  await deleteGeneratedBooks(pool);
  await pool.query(`DELETE FROM rate_limit_counters WHERE key LIKE '%' || $1 || '%'`, [userId]);
  // Dead rows of the last attempt would make the next one's unique checks and scans slower.
  await pool.query(`VACUUM books, participations, reading_entries`);
}

/**
 * Their entries are gone, so nothing references them; the foreign-key checks
 * would still look for references once per book, and reading_entries has no
 * index led by book_id (the API deletes one book at a time, a merge): 10,000
 * scans of two million entries. Skipped for this delete only (the bench
 * connects as the database owner, a superuser).
 */
async function deleteGeneratedBooks(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`DELETE FROM books WHERE title LIKE $1 || '%'`, [TITLE_PREFIX]);
  });
}
