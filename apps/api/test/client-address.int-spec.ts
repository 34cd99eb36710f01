import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { forwardedFor } from './support/forwarded-for';
import { startTestApp, type TestApp } from './support/test-app';

const SEARCH = '{ books(search: "kalevala") { totalCount } }';
const ANONYMOUS_SEARCHES_PER_MINUTE = 120;
const TRUSTED = '192.0.2.0/24';

const outcome = (response: GraphqlResponse<unknown>) => (response.errors.length === 0 ? 'ok' : errorCode(response));

/** Sends one more anonymous search than an address may, each with headers chosen per request. */
async function searchPastTheLimit(t: TestApp, headersFor: (index: number) => { headers: Record<string, string> }) {
  const outcomes: Array<string | undefined> = [];
  for (let index = 0; index <= ANONYMOUS_SEARCHES_PER_MINUTE; index += 1) {
    outcomes.push(outcome(await t.gql(SEARCH, {}, headersFor(index))));
  }
  return outcomes;
}

const LIMITED_AT_THE_END = [...Array(ANONYMOUS_SEARCHES_PER_MINUTE).fill('ok'), 'RATE_LIMITED'];

describe.each([
  ['no proxy', 'false'],
  ['a proxy at another address', '10.9.0.0/16'],
])('a client reaching the API directly (TRUST_PROXY for %s)', (_name, trustProxy) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: trustProxy, RATE_LIMIT_TRUSTED_NETWORKS: TRUSTED });
  });
  afterAll(() => t.close());

  it('cannot pick its address with X-Forwarded-For, not even a trusted one', async () => {
    const forged = await searchPastTheLimit(t, (index) => forwardedFor(index % 2 ? '192.0.2.1' : `203.0.113.${index}`));
    expect(forged).toEqual(LIMITED_AT_THE_END);
  });

  it('limits anonymous searches only: a logged-in reader searches on', async () => {
    const { token } = await t.newUser();
    expect(outcome(await t.gql(SEARCH))).toBe('RATE_LIMITED');
    expect(outcome(await t.gql(SEARCH, {}, { token }))).toBe('ok');
  });
});

describe('a client behind one proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1', RATE_LIMIT_TRUSTED_NETWORKS: TRUSTED });
  });
  afterAll(() => t.close());

  it('is known by the address the proxy saw, whatever it claimed itself', async () => {
    const claimsTrusted = await searchPastTheLimit(t, () => forwardedFor('198.51.100.20', '192.0.2.1'));
    expect(claimsTrusted).toEqual(LIMITED_AT_THE_END);
    expect(outcome(await t.gql(SEARCH, {}, forwardedFor('198.51.100.21')))).toBe('ok');
  });

  it('skips per-address limits inside RATE_LIMIT_TRUSTED_NETWORKS', async () => {
    const library = await searchPastTheLimit(t, () => forwardedFor('192.0.2.7'));
    expect(library).toEqual(Array(ANONYMOUS_SEARCHES_PER_MINUTE + 1).fill('ok'));
  });
});
