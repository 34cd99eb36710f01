import { DataSource } from 'typeorm';
import { buildDataSourceOptions, type SchemaParts } from './data-source-options';

/** Arbitrary constant key: instances starting together queue here instead of racing. */
const MIGRATION_LOCK_KEY = 7_204_051;

/**
 * Applies pending migrations, each in its own transaction, while holding a
 * PostgreSQL advisory lock so concurrent API instances migrate one at a time.
 * Returns the names of the migrations it applied.
 */
export async function runMigrations(url: string, schema: SchemaParts): Promise<string[]> {
  const dataSource = new DataSource({
    ...buildDataSourceOptions({ url, poolSize: 2, applicationName: 'lukuhaaste-migrate' }, schema),
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
