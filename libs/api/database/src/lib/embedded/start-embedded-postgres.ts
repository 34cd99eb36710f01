import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { initialiseCluster } from './initialise-cluster';
import { DEFAULT_REACHABLE_ROOT, locateForPostgresUser } from './locate-for-postgres-user';
import { findPostgresBinaries } from './postgres-binaries';
import { startPostmaster } from './start-postmaster';
import { stopOrphanedPostgres } from './stop-orphaned-postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Delete the data directory on stop (test servers). */
  persistent?: boolean;
  log?: (message: string) => void;
  /** The PostgreSQL distribution to run; the npm platform package's by default. */
  binariesDir?: string;
  /** Where, as root, what the postgres user cannot reach is put instead; /var/lib/lukuhaaste by default. */
  reachableRoot?: string;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  /** Where the cluster lives: the configured directory, or its stand-in when that one is unreachable. */
  dataDir: string;
  /** True when this start created the cluster, i.e. it holds no data yet. */
  freshlyInitialised: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Listens on loopback only, so a fixed local password is no exposure.
const PASSWORD = 'lukuhaaste-local';

/**
 * Starts the PostgreSQL binaries shipped in npm, initialising the cluster on
 * first use. Whatever cannot work here ends in an EmbeddedPostgresUnavailableError.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const packaged = await findPostgresBinaries();
  const { binariesDir, dataDir, runAs } = locateForPostgresUser({
    dataDir: resolve(options.dataDir),
    binaries: options.binariesDir ? { ...packaged, dir: resolve(options.binariesDir) } : packaged,
    reachableRoot: options.reachableRoot ?? DEFAULT_REACHABLE_ROOT,
    log,
  });

  const freshlyInitialised = !existsSync(join(dataDir, 'PG_VERSION'));
  if (freshlyInitialised) {
    log(`Initialising embedded PostgreSQL in ${dataDir}`);
    await initialiseCluster({ binariesDir, dataDir, user: USER, password: PASSWORD, runAs });
  } else {
    await stopOrphanedPostgres(dataDir, log);
  }
  const postmaster = await startPostmaster({ binariesDir, dataDir, port: options.port, runAs });

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    dataDir,
    freshlyInitialised,
    stop: async () => {
      await postmaster.stop();
      if (options.persistent === false) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
