import { findSchemaDrift } from '@lukuhaaste/api/database';
import { SCHEMA } from '../src/database/schema';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

describe('platform behaviour', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has migrations that build exactly the schema the entities describe', async () => {
    const url = (t.dataSource.options as { url: string }).url;
    expect(await findSchemaDrift(url, SCHEMA)).toEqual([]);
  });

  it('reports liveness and database readiness', async () => {
    const live = await fetch(`${t.baseUrl}/health`);
    const ready = await fetch(`${t.baseUrl}/health/ready`);
    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('sends security headers and a request id', async () => {
    const response = await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'proxy-abc-123' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-request-id')).toBe('proxy-abc-123');
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"mutation { logout }"}',
    });
    expect(response.status).toBe(400);
  });

  it('rejects bodies over 1 MiB', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('answers malformed queries with a validation error, not a server error', async () => {
    const response = await t.gql('{ me { nosuchfield } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('production settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('disables introspection', async () => {
    const response = await t.gql('{ __schema { types { name } } }');
    expect(response.data).toBeNull();
    expect(response.errors.length).toBeGreaterThan(0);
  });

  it('does not suggest field names', async () => {
    const response = await t.gql('{ me { displayNam } }');
    expect(response.errors[0]?.message).not.toMatch(/did you mean/i);
  });
});

describe('database timeouts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      DATABASE_POOL_SIZE: '1',
      DATABASE_STATEMENT_TIMEOUT_MS: '300',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '300',
      DATABASE_CONNECT_TIMEOUT_MS: '300',
    });
  });
  afterAll(() => t.close());

  it('applies them to every pooled connection', async () => {
    const [settings] = await t.dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: '300ms', idle: '300ms' });
  });

  it('cancels a statement that runs too long', async () => {
    await expect(t.dataSource.query('SELECT pg_sleep(2)')).rejects.toMatchObject({
      driverError: { code: '57014' },
    });
  });

  it('ends a transaction left idle, freeing its connection', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    await new Promise((resolve) => setTimeout(resolve, 800));
    await expect(runner.query('SELECT 1')).rejects.toThrow();
    await runner.release();
    expect(await t.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('gives up waiting for a connection when the pool is busy', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await expect(t.dataSource.query('SELECT 1')).rejects.toThrow(/timeout/i);
    } finally {
      await runner.release();
    }
  });
});
