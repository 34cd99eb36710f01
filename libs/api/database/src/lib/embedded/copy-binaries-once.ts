import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies the PostgreSQL distribution to `target` unless a copy is there. The
 * copy is assembled beside the target and renamed into place, so a target that
 * exists is always complete, even when two starts race or one is killed.
 */
export function copyBinariesOnce(source: string, target: string): void {
  if (existsSync(target)) return;
  const staging = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    cpSync(source, staging, { recursive: true, verbatimSymlinks: true });
    openToEveryone(staging);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Losing the race to a concurrent start is fine: its copy is complete.
    if (!existsSync(target)) throw error;
  }
}

/** npm under a strict umask leaves the originals private; the copy must be readable by the postgres user. */
function openToEveryone(path: string): void {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) return;
  if (stats.isDirectory()) {
    chmodSync(path, 0o755);
    for (const entry of readdirSync(path)) openToEveryone(join(path, entry));
    return;
  }
  chmodSync(path, stats.mode & 0o100 ? 0o755 : 0o644);
}
