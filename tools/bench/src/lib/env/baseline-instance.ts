import { join } from 'node:path';
import { spawnServer, waitUntilReady } from '@lukuhaaste/tools/util-process';

const MAIN = join(import.meta.dirname, '../../baseline/main.ts');

export interface BaselineInstance {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** The hand-written Fastify + pg server in a process of its own, so it does not share the load generator's thread. */
export async function startBaselineInstance(databaseUrl: string): Promise<BaselineInstance> {
  let port: number | null = null;
  const server = spawnServer('The hand-written baseline server', process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'], NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: '0' },
    onStdout: (line) => (port = (JSON.parse(line) as { port: number }).port),
  });
  await waitUntilReady(server, async () => port !== null, 30_000);
  return { baseUrl: `http://127.0.0.1:${port}`, pid: server.child.pid as number, stop: server.stop };
}
