import type { ChildProcess } from 'node:child_process';
import { basename } from 'node:path';
import { EmbeddedPostgresUnavailableError } from './embedded-postgres-unavailable.error';

const LAST_LINES = 3;

/**
 * Resolves with the exit code (or signal) of initdb or postgres. A binary
 * that cannot be run at all (EACCES, ENOENT) rejects with a sentence instead
 * of Node's unhandled spawn error.
 */
export function waitForExit(child: ChildProcess, asRoot: boolean): Promise<number | string> {
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new EmbeddedPostgresUnavailableError(
          `${child.spawnfile} cannot be run (${error.code ?? error.message})`,
          asRoot,
        ),
      ),
    );
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
}

/** A tool that ran but failed (`what` happened): its own last lines say why (port in use, disk full, …). */
export function toolFailure(binary: string, what: string, output: string, asRoot: boolean): Error {
  const lastLines = output
    .split('\n')
    .filter((line) => line.trim())
    .slice(-LAST_LINES)
    .join(' | ');
  return new EmbeddedPostgresUnavailableError(
    `${basename(binary)} ${what}${lastLines ? ` saying "${lastLines}"` : ''}`,
    asRoot,
  );
}
