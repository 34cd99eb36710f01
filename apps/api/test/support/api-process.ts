import { answersOk, spawnServer, waitUntilReady } from '@lukuhaaste/tools/util-process';
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
  /** The log lines it has written so far (JSON, as under NODE_ENV=test). */
  logs(): string[];
}

/**
 * The API as its own Node process (apps/api/src/main.ts run from source, no
 * build), on `port` over an existing database (null: its own embedded one, set
 * up through `env`): for what one process cannot show, such as two instances
 * sharing subscriptions through Redis.
 */
export async function startApiProcess(
  port: number,
  databaseUrl: string | null,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const logs: string[] = [];
  const server = spawnServer(`API process on port ${port}`, process.execPath, ['--import', LOADER, MAIN], {
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
    onStdout: (line) => logs.push(line),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(server, () => answersOk(`${baseUrl}/health/ready`), START_TIMEOUT_MS);
  const exitCodeAfter = (stop: () => Promise<void>) => async () => {
    await stop();
    return server.exited;
  };
  return {
    baseUrl,
    gql: graphqlClient(baseUrl),
    close: exitCodeAfter(server.stop),
    interrupt: exitCodeAfter(server.interrupt),
    logs: () => [...logs],
  };
}
