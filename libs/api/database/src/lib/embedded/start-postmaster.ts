import { binaryIn } from './postgres-binaries';
import type { PostgresIdentity } from './postgres-identity';
import { spawnPostgresTool } from './spawn-postgres-tool';
import { toolFailure, waitForExit } from './tool-failure';

export interface PostmasterSettings {
  binariesDir: string;
  dataDir: string;
  port: number;
  runAs: PostgresIdentity | null;
}

export interface Postmaster {
  /** Fast shutdown (SIGINT): rolls back open transactions, then exits. */
  stop(): Promise<void>;
}

const READY = 'database system is ready to accept connections';
const READY_TIMEOUT_MS = 60_000;

/** Starts the server on loopback only and resolves once it accepts connections. */
export async function startPostmaster(settings: PostmasterSettings): Promise<Postmaster> {
  const postgres = binaryIn(settings.binariesDir, 'postgres');
  const tool = spawnPostgresTool(
    postgres,
    [
      '-D',
      settings.dataDir,
      '-p',
      String(settings.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'lc_messages=C',
    ],
    settings.runAs,
  );
  const exited = waitForExit(tool.child, settings.runAs !== null);
  let seen = '';
  const ready = new Promise<void>((resolve) =>
    tool.child.stderr?.on('data', (chunk: Buffer) => {
      // A chunk may end mid-line; keep enough of the previous one to match across the boundary.
      seen = (seen + chunk.toString('utf8')).slice(-READY.length * 2);
      if (seen.includes(READY)) resolve();
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
  });
  try {
    const outcome = await Promise.race([ready, exited, timedOut]);
    if (outcome !== undefined) {
      tool.child.kill('SIGINT');
      const what =
        outcome === 'timeout' ? `was not ready within ${READY_TIMEOUT_MS / 1000} s` : `stopped (exit ${outcome})`;
      throw toolFailure(postgres, what, tool.outputTail(), settings.runAs !== null);
    }
  } finally {
    clearTimeout(timer);
  }
  return {
    stop: async () => {
      if (tool.child.exitCode === null && tool.child.signalCode === null) tool.child.kill('SIGINT');
      await exited;
    },
  };
}
