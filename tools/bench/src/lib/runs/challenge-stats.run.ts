import pg from 'pg';
import { challengeStats } from '../../baseline/challenge-stats.baseline.ts';
import type { BenchOptions, NodeEnv } from '../cli/bench-options.ts';
import type { ApiRole, BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { sessionCookie, signIn } from '../graphql/sign-in.ts';
import { webOperation } from '../graphql/web-operation.ts';
import { firstJsonDifference } from '../json/first-json-difference.util.ts';
import { httpRequester, responseText, type HttpCall } from '../load/http-requester.ts';
import { processCpuMs, sumOfCpuMeters } from '../load/process-cpu.util.ts';
import { runSideBySide, type Contender } from '../load/side-by-side.ts';
import { pairResult } from './compare-page.ts';
import type { PageRunResult } from './run-result.ts';

/** One dashboard load is one librarian's request: timed one at a time, the query's time is measured, not a queue. */
const CONCURRENCY = 1;

/** The API's answers with the statistics cache off and on (STATS_CACHE_TTL_SECONDS). */
const SETUPS: Array<{ role: ApiRole; label: string }> = [
  { role: 'statsUncached', label: 'no cache' },
  { role: 'single', label: 'cached' },
];

/**
 * The librarians' dashboard figures, LibrarianChallengeStats as the web app
 * sends it with a librarian's session, against the same figures from
 * hand-written SQL run here with pg: the whole challenge and the busiest
 * branch, with the API's statistics cache off and on. Each pair is checked
 * to answer the same JSON first.
 */
export async function runChallengeStats(
  env: BenchEnvironment,
  options: BenchOptions,
  nodeEnv: NodeEnv,
): Promise<PageRunResult[]> {
  const pool = new pg.Pool({ connectionString: env.databaseUrl, max: CONCURRENCY });
  const challengeId = await benchChallengeId(pool, env.data.challengeSlug);
  const results: PageRunResult[] = [];
  try {
    for (const { role, label } of SETUPS) {
      const api = await env.api(role);
      const cookie = sessionCookie(await signIn(api.baseUrl, env.data.librarianEmail));
      for (const branchId of [null, env.data.statsBranchId]) {
        const filter = branchId ? 'busiest branch' : 'whole challenge';
        const call = challengeStatsCall(api.baseUrl, challengeId, branchId, cookie);
        const byHand = async () =>
          `${JSON.stringify({ data: { challengeStats: await challengeStats(pool, challengeId, branchId) } })}\n`;
        const fromApi = await responseText(call);
        const difference = firstJsonDifference(fromApi.text, await byHand());
        if (difference) {
          throw new Error(
            `stats (${filter}): the API and the hand-written SQL differ at ${difference.path}: API ${difference.left}, ` +
              `SQL ${difference.right}.`,
          );
        }
        const expectedBytes = Buffer.byteLength(fromApi.text);
        const graphql: Contender = {
          name: `GraphQL LibrarianChallengeStats, ${label}`,
          send: httpRequester(call, CONCURRENCY),
          expectedBytes,
          cpuMs: sumOfCpuMeters(() => processCpuMs(api.pid), env.databaseCpuMs),
        };
        const sql: Contender = {
          name: 'hand-written SQL with pg',
          send: async () => ({ status: 200, bytes: Buffer.byteLength(await byHand()) }),
          expectedBytes,
          cpuMs: env.databaseCpuMs,
        };
        const pair = await runSideBySide([graphql, sql], { ...options, concurrency: CONCURRENCY });
        const about = `challengeStats of the ${filter}, ${label}, against hand-written SQL`;
        results.push(
          pairResult(
            {
              run: `stats (${filter}, ${label})`,
              nodeEnv,
              description: about,
              responseBytes: expectedBytes,
              concurrency: CONCURRENCY,
            },
            pair,
          ),
        );
      }
    }
    return results;
  } finally {
    await pool.end();
  }
}

/** The dashboard's request for the figures, with the session cookie. */
export function challengeStatsCall(
  baseUrl: string,
  challengeId: string,
  branchId: string | null,
  cookie: Record<string, string>,
): HttpCall {
  const variables = { challengeId, branchId };
  return graphqlCall(baseUrl, 'LibrarianChallengeStats', webOperation('LibrarianChallengeStats'), variables, cookie);
}

export async function benchChallengeId(db: pg.Pool | pg.Client, slug: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM challenges WHERE slug = $1`, [slug]);
  return (rows[0] as { id: string }).id;
}
