import type { BenchOptions, NodeEnv } from '../cli/bench-options.ts';
import { pageApiRole, type BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { sessionCookie, signIn } from '../graphql/sign-in.ts';
import { webOperation } from '../graphql/web-operation.ts';
import type { HttpCall } from '../load/http-requester.ts';
import { comparePage } from './compare-page.ts';
import type { PageRunResult } from './run-result.ts';

/** The category page's "what others read" list asks for 10 at a time (CATEGORY_READS_PAGE_SIZE). */
const FIRST = 10;

/** The category page's CategoryReads query for a signed-in patron, against the hand-written endpoint. */
export async function runCategoryReads(
  env: BenchEnvironment,
  options: BenchOptions,
  nodeEnv: NodeEnv,
): Promise<PageRunResult> {
  const [api, baseline] = await Promise.all([env.api(pageApiRole(nodeEnv)), env.baseline()]);
  const categoryId = env.data.readsCategoryId;
  const cookie = sessionCookie(await signIn(api.baseUrl, env.data.pagePatronEmail));
  return comparePage(
    {
      nodeEnv,
      run: 'category-reads',
      description: `CategoryReads(first: ${FIRST}) signed in: the most-logged books of category 1`,
      api: {
        name: `GraphQL CategoryReads(first: ${FIRST})`,
        calls: [categoryReadsCall(api.baseUrl, categoryId, cookie)],
        pid: api.pid,
      },
      databaseCpuMs: env.databaseCpuMs,
      baseline: {
        name: 'Fastify + pg',
        pid: baseline.pid,
        calls: [
          {
            method: 'GET',
            url: `${baseline.baseUrl}/category-reads?categoryId=${categoryId}&first=${FIRST}`,
            headers: cookie,
          },
        ],
      },
    },
    options,
  );
}

export function categoryReadsCall(baseUrl: string, categoryId: string, cookie: Record<string, string>): HttpCall {
  const variables = { categoryId, first: FIRST, after: null };
  return graphqlCall(baseUrl, 'CategoryReads', webOperation('CategoryReads'), variables, cookie);
}
