import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../embedded/start-embedded-postgres';
import { runMigrations } from '../run-migrations';
import type { SchemaParts } from '../data-source-options';

const TEMPLATE_DATABASE = 'lh_template';
const ADMIN_URL_VARIABLE = 'LH_TEST_PG_ADMIN_URL';

/**
 * One real PostgreSQL per test run (embedded, or TEST_DATABASE_URL's server),
 * holding a migrated template database that each spec file copies.
 */
export async function startTestPostgres(schema: SchemaParts): Promise<RunningPostgres | null> {
  let server: RunningPostgres | null = null;
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'lh-test-pg-')), 'data');
    const port = Number(process.env['TEST_PG_PORT'] ?? 54329);
    server = await startEmbeddedPostgres({ dataDir, port, persistent: false });
    adminUrl = server.adminUrl;
  }
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await runMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE), schema);
  process.env[ADMIN_URL_VARIABLE] = adminUrl;
  return server;
}

/** A fresh, migrated database for one spec file; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env[ADMIN_URL_VARIABLE];
  if (!adminUrl) throw new Error(`${ADMIN_URL_VARIABLE} is unset: run integration specs through their jest config (globalSetup).`);
  const name = `lh_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return databaseUrl(adminUrl, name);
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
