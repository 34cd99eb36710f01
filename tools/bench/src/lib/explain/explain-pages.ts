import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import type { BenchEnvironment } from '../env/bench-environment.ts';
import { sessionCookie, signIn } from '../graphql/sign-in.ts';
import { responseText, type HttpCall } from '../load/http-requester.ts';
import { categoryReadsCall } from '../runs/category-reads.run.ts';
import { challengePageCalls } from '../runs/challenge-page.run.ts';
import { benchChallengeId, challengeStatsCall } from '../runs/challenge-stats.run.ts';
import { commentsPageCall, firstAuthorEmail } from '../runs/comments-page.run.ts';
import { formatTable } from '../report/format-table.util.ts';
import { distinctReads } from './recorded-statement.util.ts';

/** Loads before the recorded one, so caches and prepared plans are as warm as under load. */
const WARM_UP_LOADS = 3;

/**
 * `npm run bench -- explain`: loads each benched page (and the statistics)
 * through an API that records its statements (the statistics cache off), then prints EXPLAIN (ANALYZE, BUFFERS) of every
 * distinct read of one page load, with the parameters the API sent, on this
 * run's copy of the dataset.
 */
export async function explainPages(env: BenchEnvironment, print: (text: string) => void): Promise<void> {
  const api = await env.api('recording');
  const cookie = sessionCookie(await signIn(api.baseUrl, env.data.pagePatronEmail));
  const pages: Array<[string, HttpCall[]]> = [
    ['challenge-page', (await challengePageCalls(api.baseUrl, env.data)).calls],
    ['category-reads', [categoryReadsCall(api.baseUrl, env.data.readsCategoryId, cookie)]],
    [
      'comments-page',
      [
        commentsPageCall(
          api.baseUrl,
          env.data.pageThreadId,
          sessionCookie(await signIn(api.baseUrl, await firstAuthorEmail(env.databaseUrl, env.data.pageThreadId))),
        ),
      ],
    ],
  ];
  const client = new pg.Client({ connectionString: env.databaseUrl });
  const timings: string[][] = [];
  await client.connect();
  try {
    const challengeId = await benchChallengeId(client, env.data.challengeSlug);
    const librarian = sessionCookie(await signIn(api.baseUrl, env.data.librarianEmail));
    pages.push(
      ['stats', [challengeStatsCall(api.baseUrl, challengeId, null, librarian)]],
      ['stats (busiest branch)', [challengeStatsCall(api.baseUrl, challengeId, env.data.statsBranchId, librarian)]],
    );
    for (const [page, calls] of pages) {
      for (let load = 0; load < WARM_UP_LOADS; load += 1) await loadPage(calls);
      writeFileSync(env.queryLog, '');
      await loadPage(calls);
      const reads = distinctReads(readFileSync(env.queryLog, 'utf8'));
      print(`\n━━ ${page}: ${reads.length} distinct reads in one page load`);
      for (const [index, { text, values }] of reads.entries()) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
        print(`\n── ${page} #${index + 1}\n${text.trim()}`);
        if (values.length > 0) print(`-- parameters: ${JSON.stringify(values)}`);
        const plan = rows.map((row) => row['QUERY PLAN']);
        print(plan.join('\n'));
        const executionMs = /Execution Time: ([\d.]+) ms/.exec(plan.at(-1) ?? '')?.[1] ?? '–';
        timings.push([`${page} #${index + 1}`, executionMs, text.trim().replace(/\s+/g, ' ').slice(0, 90)]);
      }
    }
  } finally {
    await client.end();
  }
  print(`\n${formatTable(['statement', 'execution ms', 'text'], timings)}`);
}

async function loadPage(calls: readonly HttpCall[]): Promise<void> {
  for (const call of calls) {
    const { status, text } = await responseText(call);
    if (status !== 200 || JSON.parse(text).errors)
      throw new Error(`explain: the API answered ${status}: ${text.slice(0, 300)}`);
  }
}
