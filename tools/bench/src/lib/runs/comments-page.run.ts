import type { BenchOptions, NodeEnv } from '../cli/bench-options.ts';
import { pageApiRole, type BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { webOperation } from '../graphql/web-operation.ts';
import type { HttpCall } from '../load/http-requester.ts';
import { comparePage } from './compare-page.ts';
import type { PageRunResult } from './run-result.ts';

/** The thread page's first page (20 top-level comments, what the web app asks first). */
const FIRST = 20;

/** The thread page's Comments query (anonymous) against the hand-written endpoint. */
export async function runCommentsPage(
  env: BenchEnvironment,
  options: BenchOptions,
  nodeEnv: NodeEnv,
): Promise<PageRunResult> {
  const [api, baseline] = await Promise.all([env.api(pageApiRole(nodeEnv)), env.baseline()]);
  const threadId = env.data.pageThreadId;
  return comparePage(
    {
      nodeEnv,
      run: 'comments-page',
      description: `Comments(first: ${FIRST}) with replies, reactions, authors and books, in a thread of ${env.data.pageThreadComments} comments`,
      api: {
        name: `GraphQL Comments(first: ${FIRST})`,
        calls: [commentsPageCall(api.baseUrl, threadId)],
        pid: api.pid,
      },
      databaseCpuMs: env.databaseCpuMs,
      baseline: {
        name: 'Fastify + pg',
        pid: baseline.pid,
        calls: [{ method: 'GET', url: `${baseline.baseUrl}/comments-page?threadId=${threadId}&first=${FIRST}` }],
      },
    },
    options,
  );
}

export function commentsPageCall(baseUrl: string, threadId: string): HttpCall {
  return graphqlCall(baseUrl, 'Comments', webOperation('Comments'), { threadId, first: FIRST });
}
