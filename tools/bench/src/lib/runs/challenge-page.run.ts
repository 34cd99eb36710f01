import type { BenchOptions, NodeEnv } from '../cli/bench-options.ts';
import { pageApiRole, type BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { sessionCookie, signIn } from '../graphql/sign-in.ts';
import { webOperation } from '../graphql/web-operation.ts';
import { responseText, type HttpCall } from '../load/http-requester.ts';
import { BENCH_DATASETS, PAGE_PATRON_ENTRIES } from '../seed/bench-dataset.constant.ts';
import type { BenchData } from '../seed/seed-bench-data.ts';
import { comparePage } from './compare-page.ts';
import type { PageRunResult } from './run-result.ts';

/**
 * The challenge page as the web app loads it for a signed-in patron
 * (ChallengeViewLoader): ChallengeBySlug, then MyParticipation with the
 * challenge's id, both with the session cookie. The baseline answers the same
 * two requests by hand, looking the cookie up the same way.
 */
export async function runChallengePage(
  env: BenchEnvironment,
  options: BenchOptions,
  nodeEnv: NodeEnv,
): Promise<PageRunResult> {
  const [api, baseline] = await Promise.all([env.api(pageApiRole(nodeEnv)), env.baseline()]);
  const { slug, cookie, challengeId, calls } = await challengePageCalls(api.baseUrl, env.data);
  const { categories, patrons } = BENCH_DATASETS[options.dataset];
  return comparePage(
    {
      nodeEnv,
      run: 'challenge-page',
      description:
        `challenge page signed in (ChallengeBySlug → MyParticipation): ${categories} categories, ` +
        `${patrons} participants, my ${PAGE_PATRON_ENTRIES} entries with books`,
      api: {
        name: 'GraphQL, 2 requests',
        calls,
        pid: api.pid,
      },
      databaseCpuMs: env.databaseCpuMs,
      baseline: {
        name: 'Fastify + pg, 2 requests',
        pid: baseline.pid,
        calls: [
          { method: 'GET', url: `${baseline.baseUrl}/challenge?slug=${encodeURIComponent(slug)}`, headers: cookie },
          { method: 'GET', url: `${baseline.baseUrl}/my-participation?challengeId=${challengeId}`, headers: cookie },
        ],
      },
    },
    options,
  );
}

/** The page's two GraphQL calls as the benched patron, signed in (the challenge's id comes from the first). */
export async function challengePageCalls(baseUrl: string, data: BenchData) {
  const slug = data.challengeSlug;
  const cookie = sessionCookie(await signIn(baseUrl, data.pagePatronEmail));
  const challengeBySlug = graphqlCall(baseUrl, 'ChallengeBySlug', webOperation('ChallengeBySlug'), { slug }, cookie);
  const { text } = await responseText(challengeBySlug);
  const challengeId = (JSON.parse(text) as { data?: { challenge?: { id: string } } }).data?.challenge?.id;
  if (!challengeId) throw new Error(`challenge-page: the API did not find the challenge: ${text.slice(0, 500)}`);
  const calls: HttpCall[] = [
    challengeBySlug,
    graphqlCall(baseUrl, 'MyParticipation', webOperation('MyParticipation'), { challengeId }, cookie),
  ];
  return { slug, cookie, challengeId, calls };
}
