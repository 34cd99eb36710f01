import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { graphqlClient, type GraphqlClient } from './graphql-client';

const WORKSPACE_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const LOADER = join(import.meta.dirname, 'api-process', 'register-source-loader.mjs');
const MAIN = join(WORKSPACE_ROOT, 'apps', 'api', 'src', 'main.ts');
const START_TIMEOUT_MS = 40_000;

export interface ApiProcess {
  baseUrl: string;
  gql: GraphqlClient;
  /** SIGTERM, as a process manager stops it; resolves with the exit code once it has exited. */
  close(): Promise<number | null>;
}

/**
 * The API as its own Node process (apps/api/src/main.ts run from source, no
 * build), on `port` over an existing database: for what one process cannot
 * show, such as two instances sharing subscriptions through Redis.
 */
export async function startApiProcess(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', LOADER, MAIN], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = once(child, 'exit');
  const diedWhileStarting = exited.then(([code]) => Promise.reject(new Error(`exited with ${String(code)}`)));
  // Only the start-up race below listens; an exit after a successful start is close() doing its job.
  diedWhileStarting.catch(() => undefined);
  const baseUrl = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const [code] = await exited;
    return code as number | null;
  };
  try {
    await Promise.race([waitUntilReady(baseUrl), diedWhileStarting]);
  } catch (error) {
    await close();
    throw new Error(`API process on port ${port} did not start (${(error as Error).message}):\n${stderr}`);
  }
  return { baseUrl, gql: graphqlClient(baseUrl), close };
}

async function waitUntilReady(baseUrl: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseUrl}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready within ${START_TIMEOUT_MS} ms`);
}
