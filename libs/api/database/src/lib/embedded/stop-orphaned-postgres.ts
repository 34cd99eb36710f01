import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataDirInUseError } from './data-dir-in-use.error';
import { findOwningServer } from './find-owning-server';
import { identifyPostmaster } from './identify-postmaster';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A previous run that died without stopping its embedded server leaves the
 * server running and `postmaster.pid` in place, so a new start would fail on
 * the lock file. Stop that server (fast shutdown) — only after checking the
 * PID really is it, and that no live server still runs it (then refuse with
 * a DataDirInUseError) — or drop a lock file whose PID is dead or someone else's.
 */
export async function stopOrphanedPostgres(
  dataDir: string,
  log: (message: string) => void,
  timeoutMs = 30_000,
): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
  const identity = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? identifyPostmaster(pid, dataDir) : null;
  if (identity === 'unknown') {
    // Without /proc we cannot tell; PostgreSQL's own lock check decides and explains.
    log(`Found ${lockFile} naming pid ${pid}, which cannot be checked here; leaving it to PostgreSQL`);
    return;
  }
  if (identity !== 'this-data-dir') {
    log(`Removing stale ${lockFile}${identity ? ` (pid ${pid} is another process now)` : ''}`);
    rmSync(lockFile, { force: true });
    return;
  }
  const owner = findOwningServer(pid);
  if (owner !== null) throw new DataDirInUseError(owner, dataDir);
  log(`Stopping embedded PostgreSQL (pid ${pid}) left running by an earlier process`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline)
      throw new Error(`PostgreSQL pid ${pid} did not stop within ${timeoutMs} ms; stop it and remove ${lockFile}.`);
    await sleep(100);
  }
}
