import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { SchemaParts } from '../data-source-options';
import { startEmbeddedPostgres, type RunningPostgres } from '../embedded/start-embedded-postgres';
import { runMigrations } from '../run-migrations';

const TEMPLATE_DATABASE = 'lh_template';
const ADMIN_URL_VARIABLE = 'LH_TEST_PG_ADMIN_URL';
/** Serialises template creation across Jest workers. */
const TEMPLATE_LOCK_KEY = 7_204_052;

/**
 * Jest globalSetup: one real PostgreSQL per test run — embedded in a temp
 * dir, or the server of TEST_DATABASE_URL — with any stale template dropped.
 */
export async function startTestPostgresServer(): Promise<RunningPostgres | null> {
  let server: RunningPostgres | null = null;
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const parent = mkdtempSync(join(tmpdir(), 'lh-test-pg-'));
    // mkdtemp makes it private to us; the unprivileged postgres user must be able to enter it.
    chmodSync(parent, 0o755);
    const dataDir = join(parent, 'data');
    server = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env['TEST_PG_PORT'] ?? 54329),
      persistent: false,
    });
    adminUrl = server.adminUrl;
  }
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`));
  process.env[ADMIN_URL_VARIABLE] = adminUrl;
  return server;
}

/**
 * A fresh database for one spec file, copied from a template that the first
 * caller of the run migrates (so migrations run once per run, not per file).
 */
export async function createTestDatabase(schema: SchemaParts): Promise<string> {
  const adminUrl = process.env[ADMIN_URL_VARIABLE];
  if (!adminUrl)
    throw new Error(`${ADMIN_URL_VARIABLE} is unset: run integration specs through their jest config (globalSetup).`);
  const name = `lh_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const template = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DATABASE]);
      if (!template.rowCount) {
        await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
        await runMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE), schema);
      }
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
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
