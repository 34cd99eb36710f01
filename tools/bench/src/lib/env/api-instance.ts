import type { NodeEnv } from '../cli/bench-options.ts';
import { join } from 'node:path';
import { answersOk, spawnServer, waitUntilReady } from '@lukuhaaste/tools/util-process';

const RECORD_QUERIES = join(import.meta.dirname, '../explain/record-queries.preload.ts');

export interface ApiInstance {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * One API process as production runs it (NODE_ENV=production unless
 * `nodeEnv` says otherwise) over an existing database, pub/sub through Redis when `redisUrl` is given.
 * Request logging is off (LOG_LEVEL=warn) so the bench measures the API,
 * not writing a log line per request to a pipe nobody reads.
 * BENCH_API_NODE_FLAGS (space-separated) goes before the script, e.g.
 * `--cpu-prof --cpu-prof-dir=tmp/prof` to profile the API under load.
 */
export async function startApiInstance(
  main: string,
  {
    port,
    databaseUrl,
    redisUrl,
    nodeEnv = 'production',
    queryLog,
    statsCacheOff = false,
  }: {
    port: number;
    databaseUrl: string;
    redisUrl?: string;
    nodeEnv?: NodeEnv;
    /** Record every statement to this file (`npm run bench -- explain`). */
    queryLog?: string;
    /** STATS_CACHE_TTL_SECONDS=0: every challengeStats runs its statement. */
    statsCacheOff?: boolean;
  },
): Promise<ApiInstance> {
  const nodeFlags = process.env['BENCH_API_NODE_FLAGS']?.split(' ').filter(Boolean) ?? [];
  if (queryLog) nodeFlags.push('--import', RECORD_QUERIES);
  const server = spawnServer(`The API on port ${port}`, process.execPath, [...nodeFlags, main], {
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: nodeEnv,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/nonexistent',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      ...(queryLog ? { BENCH_QUERY_LOG: queryLog } : {}),
      ...(statsCacheOff ? { STATS_CACHE_TTL_SECONDS: '0' } : {}),
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(server, () => answersOk(`${baseUrl}/health/ready`), 120_000);
  return { baseUrl, pid: server.child.pid as number, stop: server.stop };
}
