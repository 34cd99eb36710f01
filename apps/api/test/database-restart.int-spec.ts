import { createTestUser, type TestUser } from '@lukuhaaste/api/accounts/testing';
import { runMigrations } from '@lukuhaaste/api/database';
import { startEmbeddedPostgres, type RunningPostgres } from '@lukuhaaste/api/database/testing';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA } from '../src/database/schema';
import { withDataSource } from '../src/database/with-data-source';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { errorCode } from './support/graphql-client';
import { subscribe, subscriptionClient } from './support/subscription-client';

/** Its own PostgreSQL (not the run's shared one), since this spec stops it. */
const PG_PORT = 54337;
const API_PORT = 3587;
const CONNECT_TIMEOUT_MS = 2_000;
/** Issue #9: back to serving within 5 s of PostgreSQL accepting connections again, without a restart. */
const RECOVERY_BOUND_MS = 5_000;

const CHALLENGES = '{ challenges { id } }';
const ME = '{ me { id } }';

interface LogLine {
  level: number;
  context?: string;
  msg: string;
  err?: { stack?: string };
}
/** pino's levels. */
const WARN = 40;
const ERROR = 50;
const MY_NOTIFICATIONS = 'subscription { myNotifications { kind } }';

/**
 * PostgreSQL restarting under a running API process: meanwhile requests
 * answer at once with SERVICE_UNAVAILABLE (not INTERNAL_SERVER_ERROR, not a
 * hang) and readiness says 503; the pool's connections to the old server
 * die without taking the process along, and once PostgreSQL is back the pool
 * opens new ones by itself.
 */
describe('the API while its PostgreSQL restarts', () => {
  let parentDir: string;
  let postgres: RunningPostgres;
  let api: ApiProcess;
  let patron: TestUser;

  const startPostgres = () =>
    startEmbeddedPostgres({ dataDir: join(parentDir, 'data'), port: PG_PORT, persistent: true });
  const readiness = async () => (await fetch(`${api.baseUrl}/health/ready`)).status;
  const logLines = () => api.logs().flatMap((line) => (line.startsWith('{') ? [JSON.parse(line) as LogLine] : []));

  beforeAll(async () => {
    parentDir = mkdtempSync(join(tmpdir(), 'lh-restart-pg-'));
    // The unprivileged postgres user must be able to enter it (as in test-postgres.ts).
    chmodSync(parentDir, 0o755);
    postgres = await startPostgres();
    await runMigrations(postgres.adminUrl, SCHEMA);
    patron = await withDataSource(postgres.adminUrl, (dataSource) => createTestUser(dataSource));
    api = await startApiProcess(API_PORT, postgres.adminUrl, {
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await postgres?.stop();
    rmSync(parentDir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE at once while PostgreSQL is down, serves again within 5 s of its return and logs the outage once', async () => {
    expect((await api.gql(CHALLENGES)).errors).toEqual([]);
    expect(await readiness()).toBe(200);

    await postgres.stop();

    const askedAt = Date.now();
    const down = await api.gql(CHALLENGES);
    expect(Date.now() - askedAt).toBeLessThan(CONNECT_TIMEOUT_MS);
    expect(down.status).toBe(200);
    expect(down.data).toBeNull();
    expect(down.errors).toEqual([
      {
        message: 'The service is briefly unavailable. Please try again in a moment.',
        path: ['challenges'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ]);
    // A session lookup fails the same way: unreachable is not signed out.
    expect(errorCode(await api.gql(ME, {}, { token: patron.token }))).toBe('SERVICE_UNAVAILABLE');
    // So does starting a subscription (its session is looked up the same way).
    const client = subscriptionClient(api.baseUrl, { token: patron.token });
    const refused = await subscribe(client, MY_NOTIFICATIONS).result(0);
    await client.dispose();
    expect(refused.errors?.map((error) => error.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
    expect(await readiness()).toBe(503);

    postgres = await startPostgres();
    const backAt = Date.now();
    let answer = await api.gql<{ me: { id: string } }>(ME, {}, { token: patron.token });
    while (answer.errors.length > 0 && Date.now() - backAt < RECOVERY_BOUND_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await api.gql<{ me: { id: string } }>(ME, {}, { token: patron.token });
    }
    expect(answer.errors).toEqual([]);
    expect(Date.now() - backAt).toBeLessThan(RECOVERY_BOUND_MS);
    expect(answer.data).toEqual({ me: { id: patron.user.id } });
    expect(await readiness()).toBe(200);

    // The log tells the outage once and its end once; each request it failed gets one short line, no stack.
    const fromDatabase = () => logLines().filter((line) => line.context === 'Database');
    await waitFor(
      () => fromDatabase().some((line) => /^PostgreSQL is reachable again after \d+\.\d s$/.test(line.msg)),
      () => `the recovery line; the log:\n${api.logs().join('\n')}`,
    );
    expect(fromDatabase().filter((line) => line.level === ERROR)).toEqual([
      expect.objectContaining({
        msg: expect.stringMatching(
          /^PostgreSQL is unreachable \(connect ECONNREFUSED .+\); requests answer SERVICE_UNAVAILABLE until it is back$/,
        ),
      }),
    ]);
    // The session lookup and the subscription after the first failed query.
    expect(fromDatabase().filter((line) => line.level === WARN && line.msg.startsWith('Answered'))).toEqual(
      Array(2).fill(
        expect.objectContaining({
          msg: expect.stringMatching(/^Answered SERVICE_UNAVAILABLE: PostgreSQL is unreachable \(/),
        }),
      ),
    );
    expect(logLines().filter((line) => line.err?.stack !== undefined)).toEqual([]);
  }, 60_000);
});

async function waitFor(condition: () => boolean, what: () => string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
