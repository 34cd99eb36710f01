import type { AppConfig } from '@lukuhaaste/api/config';
import { runMigrations } from '@lukuhaaste/api/database';
import { isEmptyDatabase, seedDemoData, type DemoLogin } from '@lukuhaaste/api/seed';
import { createApp } from '../app/create-app';
import { provisionFromConfig } from '../database/provision-from-config';
import { SCHEMA } from '../database/schema';
import { withDataSource } from '../database/with-data-source';
import { closeGracefully } from './close-gracefully';
import { printStartupBanner } from './startup-banner';

const log = (message: string) => console.log(`[lukuhaaste] ${message}`);

/**
 * Database first (embedded unless DATABASE_URL), then migrations, demo data
 * on a brand-new embedded database, then the HTTP server. SIGINT/SIGTERM
 * let in-flight requests finish (exit 0) or cut them off after
 * SHUTDOWN_TIMEOUT_MS (exit 1); the embedded PostgreSQL stops either way.
 */
export async function startServer(config: AppConfig): Promise<void> {
  const startedAt = performance.now();
  const database = await provisionFromConfig(config, log);
  const stopDatabase = onceOnly(() => database.close());
  process.once('exit', () => void stopDatabase());
  // Until the app exists a signal only has the database to stop (the embedded
  // server runs in its own process group, so nothing else would stop it).
  let closeApp: () => Promise<boolean> = async () => true;
  const shutdown = onceOnly(async () => {
    log('Shutting down');
    const finished = await closeApp().catch((error: unknown) => {
      console.error(error);
      return false;
    });
    if (!finished) log(`Not everything closed (SHUTDOWN_TIMEOUT_MS=${config.SHUTDOWN_TIMEOUT_MS}); stopping anyway`);
    await stopDatabase();
    process.exit(finished ? 0 : 1);
  });
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  try {
    const applied = await runMigrations(database.url, SCHEMA);
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
    const demoLogins = await seedIfWanted(config, database.url, database.embedded);
    const { app, servesWebApp } = await createApp({ config, databaseUrl: database.url });
    closeApp = () => closeGracefully(app, config.SHUTDOWN_TIMEOUT_MS);
    await app.listen({ host: config.HOST, port: config.PORT });
    printStartupBanner({
      config,
      embeddedDataDir: database.embeddedDataDir,
      servesWebApp,
      demoLogins,
      startupMs: performance.now() - startedAt,
    });
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

async function seedIfWanted(config: AppConfig, url: string, embedded: boolean): Promise<DemoLogin[]> {
  const wanted = config.SEED_DEMO_DATA ?? embedded;
  if (!wanted) return [];
  return withDataSource(url, async (dataSource) =>
    (await isEmptyDatabase(dataSource)) ? seedDemoData(dataSource) : [],
  );
}

function onceOnly(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= action());
}
