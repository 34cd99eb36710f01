import { ensureDatabase } from './ensure-database';
import { startEmbeddedPostgres } from './embedded/start-embedded-postgres';

export interface DatabaseSettings {
  /** An external server; when absent, embedded PostgreSQL is started. */
  databaseUrl?: string;
  embeddedDataDir: string;
  embeddedPort: number;
  log: (message: string) => void;
}

export interface ProvisionedDatabase {
  url: string;
  embedded: boolean;
  /** Data directory of the embedded server (null with DATABASE_URL). */
  embeddedDataDir: string | null;
  /** True when the database was created by this start (nothing to keep yet). */
  created: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE_NAME = 'lukuhaaste';

/** Gives the URL of the primary database, starting embedded PostgreSQL if no server is configured. */
export async function provisionDatabase(settings: DatabaseSettings): Promise<ProvisionedDatabase> {
  if (settings.databaseUrl) {
    return {
      url: settings.databaseUrl,
      embedded: false,
      embeddedDataDir: null,
      created: false,
      close: async () => undefined,
    };
  }
  const server = await startEmbeddedPostgres({
    dataDir: settings.embeddedDataDir,
    port: settings.embeddedPort,
    log: settings.log,
  });
  try {
    const created = await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
    return {
      url: server.urlFor(EMBEDDED_DATABASE_NAME),
      embedded: true,
      embeddedDataDir: server.dataDir,
      created,
      close: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
