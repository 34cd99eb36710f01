import 'reflect-metadata';
import { loadAppConfig } from '@lukuhaaste/api/config';
import { runMigrations } from '@lukuhaaste/api/database';
import { seedDemoData } from '@lukuhaaste/api/seed';
import { provisionFromConfig } from '../database/provision-from-config';
import { SCHEMA } from '../database/schema';
import { withDataSource } from '../database/with-data-source';
import { runCli } from './run-cli';

/** `npm run db:seed`: migrates, then adds whatever demo data is missing. */
await runCli(async () => {
  const database = await provisionFromConfig(loadAppConfig());
  try {
    await runMigrations(database.url, SCHEMA);
    const logins = await withDataSource(database.url, seedDemoData);
    for (const login of logins) console.log(`${login.role.padEnd(10)} ${login.email} / ${login.password}`);
  } finally {
    await database.close();
  }
});
