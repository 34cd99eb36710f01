import { chmodSync, chownSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EmbeddedPostgresUnavailableError } from './embedded-postgres-unavailable.error';
import { copyBinariesOnce } from './copy-binaries-once';
import { binaryIn, type PostgresBinaries } from './postgres-binaries';
import { postgresCanReach, type AccessCheck } from './postgres-can-reach';
import { ensurePostgresUser, type PostgresIdentity } from './postgres-identity';
import { relocatedDataDirName } from './utils/relocated-data-dir-name.util';

/** Root-owned and open to the postgres user; holds what it cannot reach where the checkout put it. */
export const DEFAULT_REACHABLE_ROOT = '/var/lib/lukuhaaste';

export interface LocateOptions {
  /** Absolute path of the configured data directory. */
  dataDir: string;
  binaries: PostgresBinaries;
  reachableRoot: string;
  log: (message: string) => void;
}

export interface EmbeddedLocations {
  binariesDir: string;
  dataDir: string;
  /** Whom the server runs as; null when it runs as the current (non-root) user. */
  runAs: PostgresIdentity | null;
}

/**
 * Where the server's binaries and data can live. As root the server runs as
 * the postgres user, who cannot enter a home directory of mode 700 such as
 * /root: then it gets a copy of the binaries and a data directory under
 * `reachableRoot`. The user's own directories are never opened up.
 */
export function locateForPostgresUser(options: LocateOptions): EmbeddedLocations {
  if (process.getuid?.() !== 0) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    return { binariesDir: options.binaries.dir, dataDir: options.dataDir, runAs: null };
  }
  const runAs = ensurePostgresUser();
  return { binariesDir: reachableBinaries(options, runAs), dataDir: reachableDataDir(options, runAs), runAs };
}

function binaryChecks(binariesDir: string): AccessCheck[] {
  // The libraries and shared files sit beside bin/, so reaching the binaries means reaching them too.
  return [
    { path: binaryIn(binariesDir, 'initdb'), test: '-x' },
    { path: binaryIn(binariesDir, 'postgres'), test: '-x' },
  ];
}

function reachableBinaries({ binaries, reachableRoot }: LocateOptions, runAs: PostgresIdentity): string {
  if (postgresCanReach(runAs, binaryChecks(binaries.dir))) return binaries.dir;
  const copy = join(reachableRoot, `postgres-${binaries.version}`);
  orUnavailable(`the PostgreSQL binaries could not be copied to ${copy}`, () => {
    makeSharedDir(reachableRoot);
    copyBinariesOnce(binaries.dir, copy);
  });
  if (!postgresCanReach(runAs, binaryChecks(copy)))
    throw new EmbeddedPostgresUnavailableError(
      `the postgres user cannot reach the PostgreSQL binaries in ${copy}`,
      true,
    );
  return copy;
}

function reachableDataDir({ dataDir, reachableRoot, log }: LocateOptions, runAs: PostgresIdentity): string {
  if (prepareDataDir(dataDir, runAs)) return dataDir;
  const relocated = join(reachableRoot, 'data', relocatedDataDirName(dataDir));
  const prepared = orUnavailable(`${relocated} could not be created`, () => {
    makeSharedDir(dirname(relocated));
    return prepareDataDir(relocated, runAs);
  });
  if (!prepared) throw new EmbeddedPostgresUnavailableError(`the postgres user cannot reach ${relocated}`, true);
  log(`The postgres user cannot reach ${dataDir}, so the embedded database lives in ${relocated}`);
  return relocated;
}

/** Makes `dir` the postgres user's; false, leaving nothing behind, when that user could not use it there. */
function prepareDataDir(dir: string, runAs: PostgresIdentity): boolean {
  // Missing parents get the usual mode: created 0o700 like the data dir itself,
  // they would shut the postgres user out of a checkout it could otherwise reach.
  const createdParent = mkdirSync(dirname(dir), { recursive: true });
  const createdDir = existsSync(dir) ? undefined : (mkdirSync(dir, { mode: 0o700 }), dir);
  const created = createdParent ?? createdDir;
  if (!existsSync(join(dir, 'PG_VERSION'))) chownSync(dir, runAs.uid, runAs.gid);
  const checks: AccessCheck[] = [
    { path: dir, test: '-x' },
    { path: dir, test: '-w' },
  ];
  if (postgresCanReach(runAs, checks)) return true;
  if (created) rmSync(created, { recursive: true, force: true });
  return false;
}

/** Creates missing directories mode 755 whatever the umask; existing ones are left as they are. */
function makeSharedDir(dir: string): void {
  if (existsSync(dir)) return;
  makeSharedDir(dirname(dir));
  mkdirSync(dir);
  chmodSync(dir, 0o755);
}

function orUnavailable<T>(reason: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new EmbeddedPostgresUnavailableError(`${reason} (${code})`, true);
  }
}
