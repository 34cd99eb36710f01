import { errorCode, graphqlClient, type GraphqlClient } from './support/graphql-client';
import { startNginxProxy, type NginxProxy } from './support/nginx-proxy';
import { subscribe, subscriptionClient } from './support/subscription-client';
import { startTestApp, type TestApp } from './support/test-app';

const SEARCH = '{ books(search: "kalevala") { totalCount } }';

/**
 * docker/nginx.conf in front of the API. The API trusts two hops here, one
 * more than there are, so only nginx replacing X-Forwarded-For (rather than
 * appending to what the client sent) keeps a forged address out.
 */
describe('behind the shipped nginx config', () => {
  let t: TestApp;
  let nginx: NginxProxy;
  let viaNginx: GraphqlClient;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '2', RATE_LIMIT_TRUSTED_NETWORKS: '192.0.2.0/24' });
    nginx = await startNginxProxy(t.baseUrl);
    viaNginx = graphqlClient(nginx.baseUrl);
  });
  afterAll(async () => {
    await nginx?.close();
    await t.close();
  });

  it('replaces a client-sent X-Forwarded-For, so claiming a trusted address does not lift the limits', async () => {
    const outcomes = [];
    for (let index = 0; index <= 120; index += 1) {
      const response = await viaNginx(SEARCH, {}, { headers: { 'x-forwarded-for': '192.0.2.1' } });
      outcomes.push(response.errors.length === 0 ? 'ok' : errorCode(response));
    }
    expect(outcomes).toEqual([...Array(120).fill('ok'), 'RATE_LIMITED']);
  });

  it("lets the Goodreads import carry a file over nginx's general 1 MB body limit to the API", async () => {
    const csv = `Title\n${'Kirja\n'.repeat(400_000)}`;
    const response = await viaNginx(
      'mutation ImportGoodreadsCsv($challengeId: ID!, $csv: String!) { importGoodreadsCsv(challengeId: $challengeId, csv: $csv) { imported } }',
      { challengeId: '00000000-0000-0000-0000-000000000000', csv },
      { headers: { 'x-apollo-operation-name': 'ImportGoodreadsCsv' } },
    );
    // Answered by the API (its auth guard), not refused by nginx with a 413 page.
    expect(response.status).toBe(200);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('passes a same-origin subscription websocket through (Upgrade, Host with its port)', async () => {
    const client = subscriptionClient(nginx.baseUrl, { headers: { origin: nginx.baseUrl } });
    const live = subscribe(client, 'subscription { myNotifications { id } }');
    // Through nginx, upgraded and subscribed: refused only by the auth guard.
    expect((await live.result(0)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await client.dispose();
  });
});
