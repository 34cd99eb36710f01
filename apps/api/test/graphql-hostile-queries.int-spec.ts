import { startTestApp, type TestApp } from './support/test-app';

const repeat = (times: number, make: (index: number) => string) =>
  Array.from({ length: times }, (_, index) => make(index)).join(' ');

/** Within every other limit, so each case trips exactly the one it names. */
const HOSTILE_QUERIES: Array<[limit: string, query: string, code: string, message: RegExp]> = [
  [
    'tokens (1100 aliased fields)',
    `{ ${repeat(1100, (index) => `a${index}: suggestedDisplayName`)} }`,
    'GRAPHQL_PARSE_FAILED',
    /more th.t 3000 tokens/,
  ],
  [
    'depth (12 nested fragments)',
    `{ me { ${'... on User { '.repeat(12)} id ${'} '.repeat(12)} } }`,
    'GRAPHQL_VALIDATION_FAILED',
    /depth limit of 10 exceeded/i,
  ],
  [
    'cost (a 100-field fragment spread 40 times)',
    `{ me { ${repeat(40, () => '...Heavy')} } } fragment Heavy on User { ${repeat(100, () => 'displayName')} }`,
    'GRAPHQL_VALIDATION_FAILED',
    /cost limit of 5000 exceeded/i,
  ],
  [
    'aliases (20)',
    `{ ${repeat(20, (index) => `a${index}: suggestedDisplayName`)} }`,
    'GRAPHQL_VALIDATION_FAILED',
    /aliases limit of 15 exceeded/i,
  ],
  [
    'directives (30)',
    `{ suggestedDisplayName ${repeat(30, () => '@include(if: true)')} }`,
    'GRAPHQL_VALIDATION_FAILED',
    /directives limit of 20 exceeded/i,
  ],
];

/** Every abuse limit answers a client error with a stable code, never a 500, in every environment. */
describe.each(['test', 'production'])('hostile queries (NODE_ENV=%s)', (nodeEnv) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: nodeEnv });
  });
  afterAll(() => t.close());

  it.each(HOSTILE_QUERIES)('rejects too many %s with HTTP 400', async (_limit, query, code, message) => {
    const response = await t.gql(query);
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(response.errors.length).toBeGreaterThan(0);
    expect(response.errors.map((error) => error.extensions?.code)).toEqual(response.errors.map(() => code));
    expect(response.errors[0]?.message).toMatch(message);
  });

  it('still answers a query just inside every limit', async () => {
    const response = await t.gql(`{ ${repeat(15, (index) => `a${index}: suggestedDisplayName`)} }`);
    expect(response.status).toBe(200);
    expect(response.errors).toEqual([]);
  });
});
