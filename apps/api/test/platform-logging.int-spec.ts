import { startTestApp, type TestApp } from './support/test-app';

interface LogLine {
  level: number;
  msg: string;
  context?: string;
  req?: { id: string; method: string; url: string; headers: Record<string, string> };
  res?: { statusCode: number };
  responseTime?: number;
  err?: { message: string; parameters?: unknown };
}

const WAIT_FOR_LINE_MS = 5000;

describe('request logging', () => {
  const text: string[] = [];
  const lines = () => text.map((line) => JSON.parse(line) as LogLine);
  const completions = () => lines().filter((line) => line.res !== undefined);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { logDestination: { write: (line: string) => text.push(line) } });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    text.length = 0;
  });

  /** The request log is written when the response finishes, which the client may see first. */
  async function logLineOf(requestId: string): Promise<LogLine> {
    const deadline = Date.now() + WAIT_FOR_LINE_MS;
    for (;;) {
      const found = completions().find((line) => line.req?.id === requestId);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no log line for request ${requestId}: ${text.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('logs one JSON line per GraphQL request with the proxy request id, status and time, without credentials', async () => {
    const { token } = await t.newUser();
    const response = await t.gql(
      '{ me { id } }',
      {},
      { token, cookie: 'lh_session=cookie-secret-value', headers: { 'x-request-id': 'abc-123' } },
    );

    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(await logLineOf('abc-123')).toMatchObject({
      level: 30,
      req: {
        id: 'abc-123',
        method: 'POST',
        url: '/graphql',
        headers: { authorization: '[Redacted]', cookie: '[Redacted]' },
      },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(lines()).toHaveLength(1);
    expect(text.join('')).not.toContain(token);
    expect(text.join('')).not.toContain('cookie-secret-value');
  });

  it('logs the id it generated when the proxy sent none or an unsafe one', async () => {
    const response = await fetch(`${t.baseUrl}/nothing-here`, { headers: { 'x-request-id': 'bad id {"level":60}' } });
    const requestId = response.headers.get('x-request-id') ?? '';

    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await logLineOf(requestId)).toMatchObject({
      req: { method: 'GET', url: '/nothing-here' },
      res: { statusCode: 404 },
    });
  });

  it('leaves the query string out of the logged URL', async () => {
    const query = new URLSearchParams({
      query: '{ __typename }',
      variables: JSON.stringify({ password: 'hunter2-secret' }),
    });
    const response = await fetch(`${t.baseUrl}/graphql?${query}`, {
      headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'get-1' },
    });

    expect(response.status).toBe(200);
    expect((await logLineOf('get-1')).req?.url).toBe('/graphql');
    expect(text.join('')).not.toContain('hunter2-secret');
  });

  it('does not log health checks', async () => {
    await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'health-1' } });
    await fetch(`${t.baseUrl}/health/ready`, { headers: { 'x-request-id': 'health-2' } });
    await t.gql('{ __typename }', {}, { headers: { 'x-request-id': 'after-health' } });

    await logLineOf('after-health');
    expect(lines().filter((line) => line.req?.id?.startsWith('health-'))).toEqual([]);
  });

  it('logs an unexpected error with the request id of the request that failed', async () => {
    await t.dataSource.query('ALTER TABLE books RENAME TO books_gone');
    try {
      const response = await t.gql('{ books(first: 1) { totalCount } }', {}, { headers: { 'x-request-id': 'err-1' } });
      expect(response.errors[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.dataSource.query('ALTER TABLE books_gone RENAME TO books');
    }

    await logLineOf('err-1');
    const errors = lines().filter((line) => line.level >= 50);
    expect(errors).toEqual([expect.objectContaining({ req: expect.objectContaining({ id: 'err-1' }) })]);
    expect(errors[0]).toMatchObject({
      context: 'ExceptionsHandler',
      err: { message: 'relation "books" does not exist' },
    });
    expect(errors[0]?.err).not.toHaveProperty('parameters');
  });
});
