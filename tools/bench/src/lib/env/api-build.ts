import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HashOptions } from 'argon2';

/** What the bench uses of the API's own database lib (libs/api/database, as built). */
export interface DatabaseLib {
  provisionDatabase(settings: {
    embeddedDataDir: string;
    embeddedPort: number;
    log: (message: string) => void;
  }): Promise<{ url: string; embeddedDataDir: string | null; close(): Promise<void> }>;
}

export interface ApiBuild {
  /** The copy's entry point, run by every API instance. */
  main: string;
  /** The API's `db:migrate` CLI in the copy. */
  migrateMain: string;
  /** Every compiled migration, which together make the schema. */
  migrationFiles(): Array<{ path: string; content: Buffer }>;
  loadDatabaseLib(): Promise<DatabaseLib>;
  /** The API's password hashing parameters, so seeded accounts cost a login what real ones do. */
  loadArgon2Options(): Promise<HashOptions>;
}

/**
 * Copies the built API into this run's directory: instances started minutes
 * apart then run the same code even if someone rebuilds dist/ meanwhile.
 */
export function snapshotApiBuild(apiDist: string, runDir: string): ApiBuild {
  const source = resolve(apiDist);
  if (!existsSync(join(source, 'apps/api/src/main.js'))) {
    throw new Error(`No built API in ${source}: run \`npx nx build api\` (npm run bench does) or pass --api-dist.`);
  }
  const copy = join(runDir, 'api');
  cpSync(source, copy, { recursive: true });
  const load = (path: string) => import(pathToFileURL(join(copy, path)).href);
  return {
    main: join(copy, 'apps/api/src/main.js'),
    migrateMain: join(copy, 'apps/api/src/cli/migrate.js'),
    migrationFiles: () =>
      readdirSync(copy, { recursive: true, encoding: 'utf8' })
        .filter((path) => /(^|\/)migrations\/[^/]+\.js$/.test(path))
        .map((path) => ({ path, content: readFileSync(join(copy, path)) })),
    loadDatabaseLib: async () => (await load('libs/api/database/src/index.js')) as DatabaseLib,
    loadArgon2Options: async () =>
      (await load('libs/api/accounts/src/lib/constants/argon2-options.constant.js')).ARGON2_OPTIONS as HashOptions,
  };
}
