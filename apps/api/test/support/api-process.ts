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
  /** SIGINT to its whole process group, as Ctrl-C in a terminal sends it; resolves with the exit code. */
  interrupt(): Promise<number | null>;
}

/**
 * The API as its own Node process (apps/api/src/main.ts run from source, no
 * build), on `port` over an existing database (null: its own embedded one, set
 * up through `env`): for what one process cannot show, such as two instances
 * sharing subscriptions through Redis. It leads its own process group, as a
 * shell's foreground job does.
 */
export async function startApiProcess(
  port: number,
  databaseUrl: string | null,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', LOADER, MAIN], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
      SEED_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = once(child, 'exit');
  const diedWhileStarting = exited.then(([code]) => Promise.reject(new Error(`exited with ${String(code)}`)));
  // Only the start-up race below listens; an exit after a successful start is close() doing its job.
  diedWhileStarting.catch(() => undefined);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (signal: () => void) => {
    if (child.exitCode === null && child.signalCode === null) signal();
    const [code] = await exited;
    return code as number | null;
  };
  const close = () => stop(() => child.kill('SIGTERM'));
  const interrupt = () => stop(() => process.kill(-(child.pid as number), 'SIGINT'));
  try {
    await Promise.race([waitUntilReady(baseUrl), diedWhileStarting]);
  } catch (error) {
    await close();
    throw new Error(`API process on port ${port} did not start (${(error as Error).message}):\n${stderr}`);
  }
  return { baseUrl, gql: graphqlClient(baseUrl), close, interrupt };
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
