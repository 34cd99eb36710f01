import pg from 'pg';
import type { BenchOptions, NodeEnv } from '../cli/bench-options.ts';
import { pageApiRole, type BenchEnvironment } from '../env/bench-environment.ts';
import { graphqlCall } from '../graphql/graphql-call.ts';
import { sessionCookie, signIn } from '../graphql/sign-in.ts';
import { webOperation } from '../graphql/web-operation.ts';
import type { HttpCall } from '../load/http-requester.ts';
import { comparePage } from './compare-page.ts';
import type { PageRunResult } from './run-result.ts';

/** The thread page's first page (20 top-level comments, what the web app asks first). */
const FIRST = 20;

/**
 * The thread page's Comments query against the hand-written endpoint, signed
 * in as the author of the page's first comment, so the viewer-dependent
 * fields (own body, edit, delete, report, reactedByMe) take both values.
 */
export async function runCommentsPage(
  env: BenchEnvironment,
  options: BenchOptions,
  nodeEnv: NodeEnv,
): Promise<PageRunResult> {
  const [api, baseline] = await Promise.all([env.api(pageApiRole(nodeEnv)), env.baseline()]);
  const threadId = env.data.pageThreadId;
  const cookie = sessionCookie(await signIn(api.baseUrl, await firstAuthorEmail(env.databaseUrl, threadId)));
  return comparePage(
    {
      nodeEnv,
      run: 'comments-page',
      description:
        `Comments(first: ${FIRST}) signed in, with replies, reactions, authors and books, ` +
        `in a thread of ${env.data.pageThreadComments} comments`,
      api: {
        name: `GraphQL Comments(first: ${FIRST})`,
        calls: [commentsPageCall(api.baseUrl, threadId, cookie)],
        pid: api.pid,
      },
      databaseCpuMs: env.databaseCpuMs,
      baseline: {
        name: 'Fastify + pg',
        pid: baseline.pid,
        calls: [
          {
            method: 'GET',
            url: `${baseline.baseUrl}/comments-page?threadId=${threadId}&first=${FIRST}`,
            headers: cookie,
          },
        ],
      },
    },
    options,
  );
}

export function commentsPageCall(baseUrl: string, threadId: string, cookie: Record<string, string>): HttpCall {
  return graphqlCall(baseUrl, 'Comments', webOperation('Comments'), { threadId, first: FIRST }, cookie);
}

/** The author of the thread's first (oldest) top-level comment that is not deleted. */
export async function firstAuthorEmail(databaseUrl: string, threadId: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(
      `SELECT u.email FROM comments AS c JOIN users AS u ON u.id = c.author_id
        WHERE c.thread_id = $1 AND c.parent_id IS NULL AND c.deleted_at IS NULL
        ORDER BY c.created_at, c.id LIMIT 1`,
      [threadId],
    );
    if (!rows[0]) throw new Error('comments-page: the thread has no comment.');
    return rows[0].email;
  } finally {
    await client.end();
  }
}
