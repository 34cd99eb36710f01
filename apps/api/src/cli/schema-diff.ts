import 'reflect-metadata';
import { loadAppConfig } from '@lukuhaaste/api/config';
import { findSchemaDrift } from '@lukuhaaste/api/database';
import { provisionFromConfig } from '../database/provision-from-config';
import { SCHEMA } from '../database/schema';
import { runCli } from './run-cli';

/**
 * `npm run db:diff`: prints the SQL that would make the database match the
 * entities — the starting point for a new, hand-reviewed migration.
 */
await runCli(async () => {
  const database = await provisionFromConfig(loadAppConfig());
  try {
    const statements = await findSchemaDrift(database.url, SCHEMA);
    console.log(
      statements.length > 0
        ? statements.map((statement) => `${statement};`).join('\n')
        : '-- No difference: entities and migrations agree.',
    );
  } finally {
    await database.close();
  }
});
