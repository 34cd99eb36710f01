// Comments page bench (`npm run bench:comments`): the API's GraphQL `comments(first: 20)` with replies,
// reactions, authors and books, against a hand-written Fastify + pg endpoint that returns the same JSON
// from the same database in the same process run. Prints throughput and latency of both and their ratio.
// Needs a built API (dist/apps/api); starts it on a fresh embedded PostgreSQL and removes that afterwards.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Fastify from 'fastify';
import pg from 'pg';
import { loadComments } from './comments-baseline.mjs';
import { measure } from './measure.mjs';

const API_PORT = Number(process.env.BENCH_API_PORT ?? 3519);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54519);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const TOP_LEVEL = Number(process.env.BENCH_TOP_LEVEL ?? 400);
const PAGE_SIZE = 20;
const DATA_DIR = resolve(`tmp/bench/comments-pg-${process.pid}`);

const QUERY = `query($threadId: ID!, $first: Int) {
  comments(threadId: $threadId, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id parentId bodyHtml containsSpoilers createdAt editedAt rating replyCount
      author { id displayName } book { id title authors }
      reactions { kind count reactedByMe }
      replies { id parentId bodyHtml createdAt author { id displayName } reactions { kind count reactedByMe } }
    } }
  }
}`;

async function startApi() {
  const api = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(API_PORT),
      EMBEDDED_PG_PORT: String(PG_PORT),
      EMBEDDED_PG_DIR: DATA_DIR,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode} before it listened.`);
    const ready = await fetch(`http://127.0.0.1:${API_PORT}/health/ready`).catch(() => null);
    if (ready?.ok) return api;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('The API did not become ready within two minutes.');
}

/** A thread in this year's demo challenge with TOP_LEVEL comments, three replies each, reactions and books. */
async function seedThread(db) {
  const { rows: readers } = await db.query(`SELECT id FROM users WHERE email LIKE 'lukija%@demo.lukuhaaste.fi'`);
  const readerIds = readers.map((row) => row.id);
  const {
    rows: [thread],
  } = await db.query(
    `INSERT INTO threads (challenge_id, kind, title, author_id)
     SELECT id, 'GENERAL', 'Bench thread', $1 FROM challenges WHERE slug = 'lukuhaaste-2026' RETURNING id`,
    [readerIds[0]],
  );
  await db.query(
    `WITH books AS (SELECT array_agg(id) AS ids FROM books),
     tops AS (
       INSERT INTO comments (thread_id, author_id, body, body_html, book_id, created_at)
       SELECT $1, ($2::uuid[])[1 + i % cardinality($2::uuid[])], 'Kommentti ' || i,
              '<p>Kommentti <strong>' || i || '</strong></p>\n',
              CASE WHEN i % 3 = 0 THEN books.ids[1 + i % cardinality(books.ids)] END,
              now() - interval '1 day' + i * interval '1 second'
         FROM generate_series(1, $3) AS i, books
       RETURNING id, created_at)
     INSERT INTO comments (thread_id, parent_id, author_id, body, body_html, created_at)
     SELECT $1, tops.id, ($2::uuid[])[1 + r], 'Vastaus ' || r, '<p>Vastaus ' || r || '</p>\n', tops.created_at + r * interval '1 ms'
       FROM tops, generate_series(1, 3) AS r`,
    [thread.id, readerIds, TOP_LEVEL],
  );
  await db.query(
    `INSERT INTO comment_reactions (comment_id, user_id, kind)
     SELECT c.id, u.id, (ARRAY['LIKE', 'LOVE', 'LAUGH', 'WOW']::reaction_kind[])[1 + (abs(hashtext(c.id::text || u.id::text)) % 4)]
       FROM comments AS c, unnest($2::uuid[]) AS u(id)
      WHERE c.thread_id = $1 AND abs(hashtext(u.id::text || c.id::text)) % 3 = 0
     ON CONFLICT DO NOTHING`,
    [thread.id, readerIds],
  );
  await db.query(
    `UPDATE threads SET comment_count = (SELECT count(*) FROM comments WHERE thread_id = $1) WHERE id = $1`,
    [thread.id],
  );
  return thread.id;
}

async function main() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const api = await startApi();
  const pool = new pg.Pool({
    connectionString: `postgres://postgres:lukuhaaste-local@127.0.0.1:${PG_PORT}/lukuhaaste`,
    max: 10,
  });
  const baseline = Fastify();
  try {
    const threadId = await seedThread(pool);
    baseline.get('/comments', async (request, reply) => {
      const first = Number(request.query.first ?? PAGE_SIZE);
      const comments = await loadComments(pool, request.query.threadId, first);
      if (!comments) return reply.code(404).send({ error: 'NOT_FOUND' });
      return { data: { comments } };
    });
    const baselineUrl = await baseline.listen({ host: '127.0.0.1', port: 0 });

    const graphql = () =>
      fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { threadId, first: PAGE_SIZE } }),
      });
    const handWritten = () => fetch(`${baselineUrl}/comments?threadId=${threadId}&first=${PAGE_SIZE}`);

    const [fromGraphql, fromBaseline] = await Promise.all(
      [graphql(), handWritten()].map(async (r) => (await r).json()),
    );
    if (fromGraphql.errors) throw new Error(`GraphQL answered with errors: ${JSON.stringify(fromGraphql.errors)}`);
    if (!isDeepStrictEqual(fromGraphql, fromBaseline))
      throw new Error('The two endpoints disagree; the comparison would not be fair.');

    console.log(
      `Comments page: ${PAGE_SIZE} of ${TOP_LEVEL} top-level comments, 3 replies each; ` +
        `${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s each (after a warm-up).`,
    );
    const results = {
      'GraphQL comments(first: 20)': await measure(graphql, { durationMs: DURATION_MS, concurrency: CONCURRENCY }),
      'Fastify + pg (hand-written)': await measure(handWritten, { durationMs: DURATION_MS, concurrency: CONCURRENCY }),
    };
    console.table(
      Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          { 'req/s': r.perSecond.toFixed(0), 'p50 ms': r.p50.toFixed(1), 'p99 ms': r.p99.toFixed(1), errors: r.errors },
        ]),
      ),
    );
    const [api_, hand] = Object.values(results);
    console.log(`GraphQL throughput is ${((api_.perSecond / hand.perSecond) * 100).toFixed(0)} % of the baseline's`);
  } finally {
    await baseline.close();
    await pool.end();
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

await main();
