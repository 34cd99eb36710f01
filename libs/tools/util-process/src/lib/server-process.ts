import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ServerProcess {
  /** What error messages call it: "redis-server", "The API on port 3000". */
  name: string;
  child: ChildProcess;
  /** The last few kilobytes it wrote to stderr, for error messages. */
  stderr(): string;
  /** Its exit code once it has exited (null when a signal ended it or it never started). */
  exited: Promise<number | null>;
  /** Sends its stop signal and resolves once it has exited (at once when it already has). */
  stop(): Promise<void>;
  /** SIGINT to its whole process group, as Ctrl-C in a terminal sends it; resolves once it has exited. */
  interrupt(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Its whole environment (default: PATH only), so nothing leaks in from the caller's shell. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** How this server stops gracefully: SIGTERM for most, SIGQUIT for nginx. */
  stopSignal?: NodeJS.Signals;
  /** Gets each line it writes to stdout; without it, stdout is ignored. */
  onStdout?: (line: string) => void;
}

const STOP_TIMEOUT_MS = 15_000;
const STDERR_KEPT = 4000;

/**
 * A long-running server as a child process. It leads its own process group, as
 * a shell's foreground job does: Ctrl-C in the terminal reaches only the
 * caller, which stops its servers in order.
 */
export function spawnServer(
  name: string,
  command: string,
  args: string[],
  options: ServerProcessOptions = {},
): ServerProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? { PATH: process.env['PATH'] },
    stdio: ['ignore', options.onStdout ? 'pipe' : 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_KEPT)));
  if (options.onStdout) forEachLine(child, options.onStdout);
  // A command that cannot be spawned emits 'error' and never 'exit'.
  const exited = once(child, 'exit').then(
    ([code]) => code as number | null,
    () => null,
  );
  const stopWith = async (send: () => void) => {
    if (hasExited(child)) return;
    send();
    // A server that ignores its stop signal must not keep the caller from exiting.
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(killer);
  };
  return {
    name,
    child,
    exited,
    stderr: () => stderr,
    stop: () => stopWith(() => child.kill(options.stopSignal ?? 'SIGTERM')),
    interrupt: () => stopWith(() => process.kill(-(child.pid as number), 'SIGINT')),
  };
}

function forEachLine(child: ChildProcess, onLine: (line: string) => void): void {
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
}

/**
 * Polls `ready` every 100 ms. When the server dies first or is not ready in
 * time (then it is stopped), fails with its stderr.
 */
export async function waitUntilReady(
  server: ServerProcess,
  ready: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (hasExited(server.child)) {
      const status = server.child.exitCode ?? server.child.signalCode ?? 'not started';
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
