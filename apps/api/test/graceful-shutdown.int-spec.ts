import { createTestUser, type TestUser } from '@lukuhaaste/api/accounts/testing';
import { createTestDatabase } from '@lukuhaaste/api/database/testing';
import { connect } from 'node:net';
import pg from 'pg';
import { SCHEMA } from '../src/database/schema';
import { withDataSource } from '../src/database/with-data-source';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { startRedisServer, type TestRedis } from './support/redis-server';
import { eventually, subscribe, subscriptionClient } from './support/subscription-client';

const PORT = 3588;
const REDIS_PORT = 6395;
const SHUTDOWN_TIMEOUT_MS = 10_000;
const SHORT_SHUTDOWN_TIMEOUT_MS = 1_500;

const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`;
const MY_NOTIFICATIONS = `subscription { myNotifications { kind } }`;

/** Whether a new TCP connection to the port is refused (nothing listens). */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Settles after `ms` with 'still waiting' unless the promise settled first. */
function settledWithin(promise: Promise<unknown>, ms: number): Promise<'settled' | 'still waiting'> {
  return Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms)),
  ]);
}

/**
 * SIGTERM to a real API process (with Redis, as deployed) while a mutation is
 * in flight (it waits for a row lock this spec holds, an honest slow path)
 * and a subscription is open.
 */
describe('the API process on SIGTERM', () => {
  let databaseUrl: string;
  let patron: TestUser;
  let locker: pg.Client;
  let observer: pg.Client;
  let api: ApiProcess | undefined;
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await startRedisServer(REDIS_PORT);
    databaseUrl = await createTestDatabase(SCHEMA);
    patron = await withDataSource(databaseUrl, (dataSource) => createTestUser(dataSource));
    locker = new pg.Client({ connectionString: databaseUrl });
    observer = new pg.Client({ connectionString: databaseUrl });
    await Promise.all([locker.connect(), observer.connect()]);
  });
  afterEach(async () => {
    await locker.query('ROLLBACK');
    await api?.close();
  });
  afterAll(async () => {
    await Promise.all([locker?.end(), observer?.end(), redis?.close()]);
  });

  /** Starts updateProfile against the patron's row, locked by this spec, and resolves once it is waiting for the lock. */
  const startBlockedUpdate = async (displayName: string, server: ApiProcess) => {
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [patron.user.id]);
    const update = server.gql<{ updateProfile: { displayName: string } }>(
      UPDATE_PROFILE,
      { input: { displayName } },
      { token: patron.token },
    );
    await eventually(async () => {
      const { rows } = await observer.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return rows.length === 1;
    }, 'updateProfile waiting for the row lock');
    // Wrapped: an async function returning the promise itself would wait for its answer.
    return { update };
  };

  it('finishes the in-flight request, refuses new connections, closes subscriptions with 1001 and exits 0', async () => {
    api = await startApiProcess(PORT, databaseUrl, {
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      REDIS_URL: redis.url,
    });
    const client = subscriptionClient(api.baseUrl, { token: patron.token });
    const connected = new Promise((resolve) => client.on('connected', resolve));
    const live = subscribe(client, MY_NOTIFICATIONS);
    await connected;
    const { update } = await startBlockedUpdate('Hidas Lukija', api);

    const terminatedAt = Date.now();
    const exitCode = api.close();

    await live.ended();
    expect(live.results.at(-1)?.errors?.[0]?.message).toBe('socket closed 1001: Going away');
    await eventually(() => connectionRefused(PORT), 'new connections refused');
    expect(await settledWithin(exitCode, 300)).toBe('still waiting');

    await locker.query('COMMIT');
    const answer = await update;
    expect(answer.status).toBe(200);
    expect(answer.errors).toEqual([]);
    expect(answer.data).toEqual({ updateProfile: { displayName: 'Hidas Lukija' } });
    // Keep-alive ends with it, so the connection does not hold up the exit.
    expect(answer.headers.get('connection')).toBe('close');
    const { rows } = await observer.query('SELECT display_name FROM users WHERE id = $1', [patron.user.id]);
    expect(rows).toEqual([{ display_name: 'Hidas Lukija' }]);

    expect(await exitCode).toBe(0);
    expect(Date.now() - terminatedAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    client.dispose();
  }, 60_000);

  it('cuts off what is still running after SHUTDOWN_TIMEOUT_MS and exits 1', async () => {
    api = await startApiProcess(PORT, databaseUrl, {
      SHUTDOWN_TIMEOUT_MS: String(SHORT_SHUTDOWN_TIMEOUT_MS),
      REDIS_URL: redis.url,
    });
    const { update } = await startBlockedUpdate('Liian Hidas', api);
    const outcome = update.then(
      () => 'answered',
      (error: Error) => error.message,
    );

    const terminatedAt = Date.now();
    expect(await api.close()).toBe(1);
    const stoppedAfter = Date.now() - terminatedAt;
    expect(stoppedAfter).toBeGreaterThanOrEqual(SHORT_SHUTDOWN_TIMEOUT_MS);
    expect(stoppedAfter).toBeLessThan(SHORT_SHUTDOWN_TIMEOUT_MS + 2_000);
    expect(await outcome).toBe('fetch failed');
  }, 60_000);
});
