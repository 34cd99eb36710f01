import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ServerProcess {
  name: string;
  child: ChildProcess;
  /** The last few kilobytes it wrote to stderr, for error messages. */
  stderr(): string;
  /** Sends `signal` (its graceful stop) and resolves once it has exited; a no-op when it already has. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** How this server stops gracefully: SIGTERM for most, SIGQUIT for nginx. */
  stopSignal?: NodeJS.Signals;
}

const STOP_TIMEOUT_MS = 15_000;

/** A long-running server as a child: stdout ignored, stderr kept for when it fails. */
export function spawnServer(
  name: string,
  command: string,
  args: string[],
  options: ServerProcessOptions = {},
): ServerProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? { PATH: process.env['PATH'] },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: Ctrl-C in the terminal reaches only the stack, which stops the servers in order.
    detached: true,
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = once(child, 'exit').catch(() => undefined);
  return {
    name,
    child,
    stderr: () => stderr,
    stop: async () => {
      if (hasExited(child)) return;
      child.kill(options.stopSignal ?? 'SIGTERM');
      // A server that ignores its stop signal must not keep the stack from exiting.
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killer);
    },
  };
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Polls `ready` every 100 ms; fails with the server's stderr when it dies first or does not get ready in time. */
export async function waitUntilReady(
  server: ServerProcess,
  ready: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (hasExited(server.child)) {
      const status = server.child.exitCode ?? server.child.signalCode;
      throw new Error(`${server.name} exited (${status}) before it was ready:\n${server.stderr()}`);
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${server.name} was not ready within ${timeoutMs / 1000} s:\n${server.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether anything answers HTTP at `url` with 2xx. */
export async function answersOk(url: string): Promise<boolean> {
  return (await fetch(url)).ok;
}
