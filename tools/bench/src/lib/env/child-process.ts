import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface RunningChild {
  child: ChildProcess;
  pid: number;
  /** The last few kilobytes the process wrote to stderr, for error messages. */
  stderr(): string;
  /** SIGTERM and wait for the exit (a no-op once it has exited). */
  stop(): Promise<void>;
}

/** Spawns a server process whose stdout is ignored unless `onStdout` wants it. */
export function spawnServer(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onStdout?: (line: string) => void,
): RunningChild {
  const child = spawn(command, args, { env, stdio: ['ignore', onStdout ? 'pipe' : 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  if (onStdout) {
    let pending = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onStdout);
    });
  }
  const exited = once(child, 'exit');
  return {
    child,
    pid: child.pid as number,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls `ready` every 100 ms until it holds; fails early when the process dies. */
export async function waitUntil(
  server: RunningChild,
  ready: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    const { exitCode, signalCode } = server.child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`${what} exited (${exitCode ?? signalCode}) before it was ready:\n${server.stderr()}`);
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${what} was not ready within ${timeoutMs / 1000} s:\n${server.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
