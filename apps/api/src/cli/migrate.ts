import 'reflect-metadata';
import { loadAppConfig } from '@lukuhaaste/api/config';
import { runMigrations } from '@lukuhaaste/api/database';
import { provisionFromConfig } from '../database/provision-from-config';
import { SCHEMA } from '../database/schema';
import { runCli } from './run-cli';

/** `npm run db:migrate`: applies pending migrations to the configured (or embedded) database. */
await runCli(async () => {
  const database = await provisionFromConfig(loadAppConfig());
  try {
    const applied = await runMigrations(database.url, SCHEMA);
    console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await database.close();
  }
});
