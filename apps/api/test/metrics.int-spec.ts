import type { TestUser } from '@lukuhaaste/api/accounts/testing';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueryRunner } from 'typeorm';
import { errorCode } from './support/graphql-client';
import { parsePrometheusText, sampleValue, type Sample } from './support/prometheus-text';
import { eventually, subscribe, subscriptionClient } from './support/subscription-client';
import { startTestApp, type TestApp } from './support/test-app';

const ME = 'query Me { me { id } }';
const MY_NOTIFICATIONS = 'subscription MyNotifications { myNotifications { id } }';

describe('Prometheus metrics at /metrics', () => {
  let t: TestApp;
  let patron: TestUser;
  beforeAll(async () => {
    // A pool of two, so that a test can fill it and make a request wait.
    t = await startTestApp({ DATABASE_POOL_SIZE: '2' });
    patron = await t.newUser();
  });
  afterAll(() => t.close());

  const scrape = async (): Promise<Sample[]> => {
    const response = await fetch(`${t.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    return parsePrometheusText(await response.text());
  };
  const valueNow = async (name: string, labels: Record<string, string> = {}) =>
    sampleValue(await scrape(), name, labels);

  it('times and counts GraphQL requests per operation name', async () => {
    for (let i = 0; i < 2; i += 1) expect((await t.gql(ME, {}, { token: patron.token })).errors).toEqual([]);

    const samples = await scrape();
    const me = { operation: 'Me' };
    expect(sampleValue(samples, 'lukuhaaste_graphql_requests_total', { ...me, outcome: 'ok' })).toBe(2);
    expect(sampleValue(samples, 'lukuhaaste_graphql_requests_total', { ...me, outcome: 'error' })).toBeUndefined();
    expect(sampleValue(samples, 'lukuhaaste_graphql_request_duration_seconds_count', me)).toBe(2);
    expect(sampleValue(samples, 'lukuhaaste_graphql_request_duration_seconds_bucket', { ...me, le: '+Inf' })).toBe(2);
    expect(sampleValue(samples, 'lukuhaaste_graphql_request_duration_seconds_bucket', { ...me, le: '10' })).toBe(2);
    const seconds = sampleValue(samples, 'lukuhaaste_graphql_request_duration_seconds_sum', me) ?? 0;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(10);
  });

  it('counts errors by the extensions.code the client receives', async () => {
    const response = await t.gql('query MyParticipation($id: ID!) { myParticipation(challengeId: $id) { id } }', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');

    const samples = await scrape();
    const operation = { operation: 'MyParticipation' };
    expect(sampleValue(samples, 'lukuhaaste_graphql_errors_total', { ...operation, code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sampleValue(samples, 'lukuhaaste_graphql_requests_total', { ...operation, outcome: 'error' })).toBe(1);
  });

  it('labels anonymous operations and requests that name no valid operation with fixed labels', async () => {
    await t.gql('{ __typename }');
    await t.gql('query { __typename }');
    expect(errorCode(await t.gql('query Misspelt { me { nosuchfield } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCode(await t.gql('query Unfinished { me {'))).toBe('GRAPHQL_PARSE_FAILED');

    const samples = await scrape();
    const requests = (operation: string, outcome: string) =>
      sampleValue(samples, 'lukuhaaste_graphql_requests_total', { operation, outcome });
    expect(requests('(anonymous)', 'ok')).toBe(2);
    expect(requests('(invalid)', 'error')).toBe(2);
    const errors = (code: string) =>
      sampleValue(samples, 'lukuhaaste_graphql_errors_total', { operation: '(invalid)', code });
    expect(errors('GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(errors('GRAPHQL_PARSE_FAILED')).toBe(1);
    const operations = new Set(samples.map((sample) => sample.labels['operation']).filter(Boolean));
    expect(operations.has('Misspelt')).toBe(false);
    expect(operations.has('Unfinished')).toBe(false);
  });

  it('counts HTTP responses by status', async () => {
    const before = (await valueNow('lukuhaaste_http_requests_total', { status: '404' })) ?? 0;
    for (let i = 0; i < 3; i += 1) expect((await fetch(`${t.baseUrl}/no-such-path`)).status).toBe(404);
    expect(await valueNow('lukuhaaste_http_requests_total', { status: '404' })).toBe(before + 3);
    expect(await valueNow('lukuhaaste_http_requests_total', { status: '200' })).toBeGreaterThan(0);
  });

  describe('database pool', () => {
    const held: QueryRunner[] = [];
    const hold = async () => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      held.push(runner);
    };
    afterEach(async () => {
      await Promise.all(held.splice(0).map((runner) => runner.release()));
    });
    const pool = async () => {
      const samples = await scrape();
      return {
        inUse: sampleValue(samples, 'lukuhaaste_db_pool_connections', { state: 'in_use' }),
        idle: sampleValue(samples, 'lukuhaaste_db_pool_connections', { state: 'idle' }),
        waiting: sampleValue(samples, 'lukuhaaste_db_pool_waiting_requests'),
        max: sampleValue(samples, 'lukuhaaste_db_pool_max_connections'),
      };
    };

    it('shows connections in use and idle as they are taken and given back', async () => {
      expect(await pool()).toMatchObject({ inUse: 0, waiting: 0, max: 2 });
      await hold();
      expect(await pool()).toMatchObject({ inUse: 1, waiting: 0 });
      await Promise.all(held.splice(0).map((runner) => runner.release()));
      const after = await pool();
      expect(after.inUse).toBe(0);
      expect(after.idle).toBeGreaterThanOrEqual(1);
    });

    it('shows requests waiting for a connection while the pool is full', async () => {
      await hold();
      await hold();
      const waitingRequest = t.gql(ME, {}, { token: patron.token });
      await eventually(async () => (await pool()).waiting === 1, 'a request waiting for a connection');
      expect((await pool()).inUse).toBe(2);

      await Promise.all(held.splice(0).map((runner) => runner.release()));
      expect((await waitingRequest).data).toEqual({ me: { id: patron.user.id } });
      expect(await pool()).toMatchObject({ inUse: 0, waiting: 0, idle: 2 });
    });
  });

  describe('subscriptions', () => {
    const active = () => valueNow('lukuhaaste_graphql_subscriptions_active');

    it('counts a subscription while it streams, until the client stops it or disconnects', async () => {
      expect(await active()).toBe(0);
      const client = subscriptionClient(t.baseUrl, { token: patron.token });
      const first = subscribe(client, MY_NOTIFICATIONS);
      await eventually(async () => (await active()) === 1, 'one active subscription');
      subscribe(client, MY_NOTIFICATIONS);
      await eventually(async () => (await active()) === 2, 'two active subscriptions');

      first.dispose();
      await eventually(async () => (await active()) === 1, 'the stopped subscription no longer counted');
      await client.dispose();
      await eventually(async () => (await active()) === 0, 'no subscriptions after the socket closed');
    });

    it('does not count a subscription the server refused', async () => {
      const client = subscriptionClient(t.baseUrl);
      const refused = subscribe(client, MY_NOTIFICATIONS);
      expect((await refused.result(0)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(await active()).toBe(0);
      await client.dispose();
    });
  });

  it('includes event-loop lag and process figures', async () => {
    const samples = await scrape();
    expect(sampleValue(samples, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

describe('who may scrape /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    // One proxy in front trusted by hop count, the scraper at 127.0.0.1.
    t = await startTestApp({ TRUST_PROXY: '1', METRICS_ALLOWED_NETWORKS: '127.0.0.1' });
  });
  afterAll(() => t.close());

  /** GET /metrics from a chosen loopback address (Linux routes all of 127.0.0.0/8 to this host). */
  const scrapeFrom = (localAddress: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL('/metrics', t.baseUrl);
      request(url, { localAddress, headers }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });

  it('answers a scraper in METRICS_ALLOWED_NETWORKS', async () => {
    expect(await scrapeFrom('127.0.0.1')).toBe(200);
  });

  it('answers 404 to a client that a proxy on an allowed address speaks for', async () => {
    expect(await scrapeFrom('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).toBe(404);
  });

  it('answers 404 to a peer outside the networks, whatever X-Forwarded-For it sends', async () => {
    expect(await scrapeFrom('127.0.0.2')).toBe(404);
    expect(await scrapeFrom('127.0.0.2', { 'x-forwarded-for': '127.0.0.1' })).toBe(404);
  });
});

describe('with METRICS_ENABLED=false', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'lh-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Lukuhaaste</title>');
    t = await startTestApp({ METRICS_ENABLED: 'false', WEB_DIST_DIR: webDist });
  });
  afterAll(async () => {
    await t.close();
    await rm(webDist, { recursive: true });
  });

  it('has no /metrics, and the web app does not answer for it either', async () => {
    const metrics = await fetch(`${t.baseUrl}/metrics`);
    expect(metrics.status).toBe(404);
    expect(metrics.headers.get('content-type')).toContain('application/json');
    const deepLink = await fetch(`${t.baseUrl}/challenges/2027`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<title>Lukuhaaste</title>');
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
