import { Redis } from 'ioredis';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
// The API's own test clients: what a browser sends over HTTP and graphql-ws.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { errorCode, graphqlClient } from '../../../apps/api/test/support/graphql-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { eventually, subscribe, subscriptionClient } from '../../../apps/api/test/support/subscription-client';
import { testNginxConfig } from '../src/lib/nginx/nginx-server.ts';
import { graphqlFrom } from './support/graphql-from.ts';
import { runStack, type RunningStack } from './support/running-stack.ts';

const WEB_DIST = join(import.meta.dirname, '..', '..', '..', 'dist', 'apps', 'web', 'browser');

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`;
const ME = `{ me { id } }`;
const CREATE_CHALLENGE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`;
const ADD_CATEGORY = `mutation($id: ID!, $input: CategoryInput!) { addCategory(challengeId: $id, input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishChallenge(id: $id) { id } }`;
const START_THREAD = `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const POST_COMMENT = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;
const CHALLENGE_DESCRIPTION = `query($id: ID!) { challenge(id: $id) { description { fi } } }`;
const THREAD_EVENTS = `subscription($threadId: ID!) { threadEvents(threadId: $threadId) { kind commentId } }`;

/**
 * `npm run stack` for real: nginx (docker/nginx.conf) in front of two built
 * API instances on Debian's PostgreSQL and redis-server. Needs `npm run build`.
 */
describe('the production topology from Debian packages', () => {
  let stack: RunningStack;
  let ports: { nginx: number; apis: number[]; postgres: number; redis: number };
  let librarian: { id: string; email: string; password: string; cookie: string; setCookie: string };

  beforeAll(async () => {
    // Free ones, not the defaults: the machine may run other stacks, specs and servers meanwhile.
    const [nginx, apiA, apiB, postgres, redis] = await freePorts(5);
    ports = { nginx, apis: [apiA, apiB], postgres, redis };
    stack = await runStack([
      ...['--port', String(nginx), '--api-ports', ports.apis.join(',')],
      ...['--pg-port', String(postgres), '--redis-port', String(redis)],
    ]);
    const viaNginx = graphqlClient(stack.url);
    const account = { email: 'lukija@example.org', password: 'pitkä salasana', displayName: 'Lukija' };
    const registered = await viaNginx<{ register: { user: { id: string } } }>(REGISTER, { input: account });
    // No one is staff on a new deployment: whoever runs it sets the first librarian in the database.
    const database = new pg.Client({ connectionString: stack.databaseUrl });
    await database.connect();
    await database.query(`UPDATE users SET role = 'LIBRARIAN' WHERE email = $1`, [account.email]);
    await database.end();
    const login = await viaNginx<{ login: { user: { id: string } } }>(LOGIN, {
      input: { email: account.email, password: account.password },
    });
    const setCookie = login.headers.get('set-cookie') ?? '';
    librarian = {
      id: registered.data?.register.user.id ?? 'registration failed',
      ...account,
      cookie: setCookie.split(';')[0] ?? '',
      setCookie,
    };
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('starts nginx only with a config `nginx -t` passes', () => {
    expect(stack.output()).toMatch(/nginx -t: .*test is successful/);
    expect(testNginxConfig(join(stack.dir, 'nginx'))).toEqual({
      ok: true,
      output: expect.stringContaining('successful'),
    });
  });

  it('signs in through nginx with a session cookie that each instance accepts', async () => {
    expect(librarian.setCookie).toMatch(/^lh_session=[^;]+;.*HttpOnly/i);
    expect(librarian.setCookie).not.toMatch(/Secure/i);
    for (const apiUrl of stack.apiUrls) {
      const me = await graphqlClient(apiUrl)<{ me: { id: string } | null }>(ME, {}, { cookie: librarian.cookie });
      expect({ apiUrl, me: me.data?.me }).toEqual({ apiUrl, me: { id: librarian.id } });
    }
    expect((await graphqlClient(stack.apiUrls[0] as string)(ME)).data).toEqual({ me: null });
  });

  it('delivers comments posted through either instance to a subscription opened through nginx', async () => {
    const threadId = await startThread();
    const redis = new Redis(stack.redisUrl);
    const client = subscriptionClient(stack.url, { headers: { cookie: librarian.cookie, origin: stack.url } });
    try {
      const live = subscribe<{ threadEvents: { kind: string; commentId: string } }>(client, THREAD_EVENTS, {
        threadId,
      });
      // Subscribed at Redis (on whichever instance nginx chose): nothing posted from now on can be missed.
      await eventually(async () => {
        const [, count] = (await redis.pubsub('NUMSUB', `lukuhaaste:thread:${threadId}`)) as [string, number];
        return Number(count) === 1;
      }, 'the subscription reached Redis');

      // One of the two is necessarily the instance the websocket is not connected to.
      const posted = [];
      for (const [index, apiUrl] of stack.apiUrls.entries()) {
        const input = { threadId, body: `Kommentti instanssin ${index + 1} kautta` };
        const response = await graphqlClient(apiUrl)<{ postComment: { id: string } }>(
          POST_COMMENT,
          { input },
          {
            cookie: librarian.cookie,
          },
        );
        posted.push(response.data?.postComment.id ?? JSON.stringify(response.errors));
      }

      const received = [await live.result(0), await live.result(1)].map((result) => result.data?.threadEvents);
      expect(received).toEqual(posted.map((commentId) => ({ kind: 'COMMENT_ADDED', commentId })));
    } finally {
      await client.dispose();
      await redis.quit();
    }
  });

  it('serves hashed web assets compressed, cached for a year', async () => {
    const assets = readdirSync(WEB_DIST).filter((name) => /^(main|styles)-[A-Za-z0-9]{8}\.(js|css)$/.test(name));
    expect(assets.map((name) => name.split('-')[0]).sort()).toEqual(['main', 'styles']);
    for (const asset of assets) {
      const response = await fetch(`${stack.url}/${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect({ asset, status: response.status, encoding: response.headers.get('content-encoding') }).toEqual({
        asset,
        status: 200,
        encoding: expect.stringMatching(/^(br|gzip)$/),
      });
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await response.text()).toBe(readFileSync(join(WEB_DIST, asset), 'utf8'));
    }
  });

  it('gets GraphQL answers over 1 KB compressed by the instances, so nginx needs no gzip of its own', async () => {
    const description = Array(40).fill('Kesällä luetaan laiturilla, talvella takan ääressä.').join(' ');
    const { createChallenge } = await asLibrarian<{ createChallenge: { id: string } }>(CREATE_CHALLENGE, {
      input: { year: 2032, title: { fi: 'Pitkä kuvaus' }, description: { fi: description } },
    });
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: librarian.cookie },
      body: JSON.stringify({ query: CHALLENGE_DESCRIPTION, variables: { id: createChallenge.id } }),
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.json()).toEqual({ data: { challenge: { description: { fi: description } } } });
  });

  it('answers /metrics from nginx itself with 404, never from an instance', async () => {
    expect((await fetch(`${stack.apiUrls[0]}/metrics`)).status).toBe(200);
    const response = await fetch(`${stack.url}/metrics`);
    expect(response.status).toBe(404);
    expect(response.headers.get('server')).toMatch(/^nginx/);
    expect(await response.text()).toContain('<center>nginx');
  });

  it('takes the client address from X-Forwarded-For only when nginx sent it (seen by the login limits)', async () => {
    const login = { input: { email: 'ei-tiliä@example.org', password: 'väärä salasana' } };
    const direct = graphqlClient(stack.apiUrls[0] as string);
    const codes: Array<string | undefined> = [];
    // A client reaching an instance directly claims another address each time: all count as its own.
    for (let attempt = 1; attempt <= 11; attempt += 1) {
      codes.push(errorCode(await direct(LOGIN, login, { headers: { 'x-forwarded-for': `198.51.100.${attempt}` } })));
    }
    expect(codes).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);

    // Through nginx the same client (127.0.0.1) is still limited: the instance took nginx's header, which
    // names the client, not the address it claims, nor nginx's own connection from 127.0.0.2.
    const claimed = { 'x-forwarded-for': '198.51.100.200' };
    expect(errorCode(await graphqlClient(stack.url)(LOGIN, login, { headers: claimed }))).toBe('RATE_LIMITED');
    // Another client through nginx has limits of its own.
    const other = await graphqlFrom('127.0.0.3', stack.url, LOGIN, login, claimed);
    expect(other.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  // Last: it stops the stack the tests above use.
  it('stops everything on SIGTERM and leaves nothing behind', async () => {
    expect(await stack.stop()).toBe(0);
    expect(existsSync(stack.dir)).toBe(false);
    const all = [ports.nginx, ...ports.apis, ports.postgres, ports.redis];
    expect(await Promise.all(all.map(listening))).toEqual(all.map(() => false));
  });

  /** A GraphQL call through nginx as the signed-in librarian; fails the test on errors. */
  async function asLibrarian<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await graphqlClient(stack.url)<T>(query, variables, { cookie: librarian.cookie });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  }

  /** A published challenge and a general thread in it. */
  async function startThread(): Promise<string> {
    const { createChallenge } = await asLibrarian<{ createChallenge: { id: string } }>(CREATE_CHALLENGE, {
      input: { year: 2031, title: { fi: 'Savutestin lukuhaaste' } },
    });
    await asLibrarian(ADD_CATEGORY, { id: createChallenge.id, input: { title: { fi: 'Kirja, jota luet junassa' } } });
    await asLibrarian(PUBLISH, { id: createChallenge.id });
    const { startThread } = await asLibrarian<{ startThread: { id: string } }>(START_THREAD, {
      input: { challengeId: createChallenge.id, title: 'Kesän lukemisto', body: 'Mitä luette kesällä?' },
    });
    return startThread.id;
  }
});

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Ports the system hands out as free now; held together, so the five differ. */
async function freePorts(count: number): Promise<[number, number, number, number, number]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) =>
          server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
        ),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports as [number, number, number, number, number];
}
