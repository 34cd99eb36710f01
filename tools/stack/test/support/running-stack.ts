import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const WORKSPACE_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const MAIN = join(WORKSPACE_ROOT, 'tools', 'stack', 'src', 'main.ts');
const PATH_ALIASES = join(WORKSPACE_ROOT, 'tools', 'node', 'register-path-aliases.mjs');
const START_TIMEOUT_MS = 150_000;

export interface RunningStack {
  url: string;
  apiUrls: string[];
  databaseUrl: string;
  redisUrl: string;
  /** Where the stack keeps its files (removed when it stops). */
  dir: string;
  /** Everything it printed. */
  output(): string;
  /** SIGTERM, as Ctrl-C or a service manager stops it; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** `npm run stack -- <args>` without the build step (the caller has built), until it prints its address. */
export async function runStack(args: string[]): Promise<RunningStack> {
  const child = spawn(process.execPath, ['--import', PATH_ALIASES, MAIN, ...args], {
    cwd: WORKSPACE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const running = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not up within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops everything.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited (${code}) while starting:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const [code] = await exited;
    return code;
  };
  try {
    await running;
  } catch (error) {
    await stop();
    throw error;
  }
  const field = (pattern: RegExp) => {
    const value = pattern.exec(output)?.[1];
    if (!value) throw new Error(`${pattern} not in the stack's output:\n${output}`);
    return value;
  };
  return {
    url: field(/running at (\S+)/),
    apiUrls: field(/API instances +(.+?) \(/).split(', '),
    databaseUrl: field(/PostgreSQL \d+ +(\S+)/),
    redisUrl: field(/Redis +(\S+)/),
    dir: field(/Files +(\S+)/),
    output: () => output,
    stop,
  };
}
