import { createTestUser, type TestUser } from '@lukuhaaste/api/accounts/testing';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { withDataSource } from '../src/database/with-data-source';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { eventually } from './support/subscription-client';

const API_PORT = 3589;
const PG_PORT = 54338;
/** The embedded server's fixed loopback-only login (libs/api/database, start-embedded-postgres.ts). */
const EMBEDDED_URL = `postgres://postgres:lukuhaaste-local@127.0.0.1:${PG_PORT}/lukuhaaste`;

const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`;

/**
 * `npm start` in a terminal: Ctrl-C signals the whole foreground process
 * group. The embedded PostgreSQL must not stop with it before the API has
 * finished its in-flight requests — the API stops it last.
 */
describe('Ctrl-C on an API running its own embedded PostgreSQL', () => {
  let parentDir: string;
  let api: ApiProcess | undefined;
  let locker: pg.Client | undefined;

  beforeAll(() => {
    parentDir = mkdtempSync(join(tmpdir(), 'lh-ctrl-c-'));
    // The unprivileged postgres user must be able to enter it (as in test-postgres.ts).
    chmodSync(parentDir, 0o755);
  });
  afterAll(async () => {
    await locker?.end().catch(() => undefined);
    await api?.close();
    rmSync(parentDir, { recursive: true, force: true });
  });

  it('finishes the request in flight, then stops the database and exits 0', async () => {
    const dataDir = join(parentDir, 'pg');
    api = await startApiProcess(API_PORT, null, { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(PG_PORT) });
    const patron: TestUser = await withDataSource(EMBEDDED_URL, (dataSource) => createTestUser(dataSource));
    locker = new pg.Client({ connectionString: EMBEDDED_URL });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [patron.user.id]);
    const update = api.gql(UPDATE_PROFILE, { input: { displayName: 'Keskeytetty' } }, { token: patron.token });
    await eventually(async () => {
      const { rows } = await (locker as pg.Client).query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return rows.length === 1;
    }, 'updateProfile waiting for the row lock');

    const exitCode = api.interrupt();
    // Still there to commit to: the database outlived the signal.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await locker.query('COMMIT');
    await locker.end();
    locker = undefined;

    const answer = await update;
    expect(answer.errors).toEqual([]);
    expect(answer.data).toEqual({ updateProfile: { displayName: 'Keskeytetty' } });
    expect(await exitCode).toBe(0);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 90_000);
});
