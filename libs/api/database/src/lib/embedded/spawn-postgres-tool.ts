import { spawn, type ChildProcess } from 'node:child_process';
import type { PostgresIdentity } from './postgres-identity';

const OUTPUT_TAIL_CHARS = 2000;

export interface PostgresTool {
  child: ChildProcess;
  /** The last lines the tool wrote, for error messages. */
  outputTail(): string;
}

/**
 * Starts initdb or postgres, as `runAs` when given. Output is always drained
 * (a full pipe would stall the server) and its tail kept for error messages.
 */
export function spawnPostgresTool(binary: string, args: string[], runAs: PostgresIdentity | null): PostgresTool {
  const child = spawn(binary, args, {
    ...(runAs ?? {}),
    // The caller's directory may be one the postgres user cannot enter.
    cwd: '/',
    // Readiness is detected from the server's own words, so they must be English.
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C in a terminal signals the whole foreground
    // group, and the server must outlive the API's graceful shutdown, which stops it last.
    detached: true,
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, outputTail: () => tail.trim() };
}
