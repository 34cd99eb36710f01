import type { BenchOptions, NodeEnv } from '../cli/bench-options.ts';
import { pageApiRole, type BenchEnvironment } from '../env/bench-environment.ts';
import type { HttpCall } from '../load/http-requester.ts';
import { comparePage } from './compare-page.ts';
import type { PageRunResult } from './run-result.ts';

/**
 * `{ __typename }` (no resolver, no database) against a Fastify route sending
 * the same bytes: what a GraphQL request costs before any work, the floor
 * under every other ratio.
 */
export async function runFrameworkFloor(
  env: BenchEnvironment,
  options: BenchOptions,
  nodeEnv: NodeEnv,
): Promise<PageRunResult> {
  const [api, baseline] = await Promise.all([env.api(pageApiRole(nodeEnv)), env.baseline()]);
  const query = '{ __typename }';
  const post = (url: string): HttpCall => ({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return comparePage(
    {
      nodeEnv,
      run: 'framework-floor',
      description: `${query}: no resolver and no database, against a trivial Fastify route`,
      api: { name: `GraphQL ${query}`, calls: [post(`${api.baseUrl}/graphql`)], pid: api.pid },
      databaseCpuMs: () => 0,
      baseline: {
        name: 'Fastify route',
        pid: baseline.pid,
        calls: [post(`${baseline.baseUrl}/typename`)],
      },
    },
    options,
  );
}
