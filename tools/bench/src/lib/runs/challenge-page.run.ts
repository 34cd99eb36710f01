import type { BenchOptions } from '../cli/bench-options.ts';
import type { BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { webOperation } from '../graphql/web-operation.ts';
import { BENCH_DATASETS } from '../seed/bench-dataset.constant.ts';
import { comparePage } from './compare-page.ts';
import type { PageRunResult } from './run-result.ts';

/** The challenge page's ChallengeBySlug query (anonymous) against the hand-written endpoint. */
export async function runChallengePage(env: BenchEnvironment, options: BenchOptions): Promise<PageRunResult> {
  const [api, baseline] = await Promise.all([env.api('single'), env.baseline()]);
  const slug = env.data.challengeSlug;
  const { categories, patrons } = BENCH_DATASETS[options.dataset];
  return comparePage(
    {
      run: 'challenge-page',
      description: `ChallengeBySlug: a challenge with ${categories} categories and ${patrons} participants`,
      api: {
        name: 'GraphQL ChallengeBySlug',
        call: graphqlCall(api.baseUrl, 'ChallengeBySlug', webOperation('ChallengeBySlug'), { slug }),
        pid: api.pid,
      },
      databaseCpuMs: env.databaseCpuMs,
      baseline: {
        name: 'Fastify + pg',
        pid: baseline.pid,
        call: { method: 'GET', url: `${baseline.baseUrl}/challenge-page?slug=${encodeURIComponent(slug)}` },
      },
    },
    options,
  );
}
