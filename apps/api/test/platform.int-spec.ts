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
