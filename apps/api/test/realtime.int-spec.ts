import type { TestUser } from '@lukuhaaste/api/accounts/testing';
import { NotificationKind, NotificationsService, type NotifyInput } from '@lukuhaaste/api/notifications';
import { InMemoryPubSub, PubSub } from '@lukuhaaste/api/realtime';
import WebSocket from 'ws';
import type { Client } from 'graphql-ws';
import {
  eventually,
  subscribe,
  subscriptionClient,
  type SubscriptionClientOptions,
} from './support/subscription-client';
import { startTestApp, type TestApp } from './support/test-app';

const MY_NOTIFICATIONS = `subscription { myNotifications { id kind actor { displayName } createdAt readAt } }`;
const THREAD_ID = '00000000-0000-4000-8000-000000000001';
const COMMENT_ID = '00000000-0000-4000-8000-000000000002';

interface NotificationEvent {
  myNotifications: { id: string; kind: string; actor: { displayName: string } | null; createdAt: string; readAt: null };
}

describe('GraphQL subscriptions over graphql-ws (one instance, in-memory pub/sub)', () => {
  let t: TestApp;
  let pubSub: InMemoryPubSub;
  let reader: TestUser;
  let replier: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    pubSub = t.app.get(PubSub) as InMemoryPubSub;
    reader = await t.newUser();
    replier = await t.newUser();
  });
  afterAll(() => t.close());

  const clients: Client[] = [];
  /** A client closed after the test, so every test starts with no listeners. */
  const connect = (options: SubscriptionClientOptions = {}) => {
    const client = subscriptionClient(t.baseUrl, options);
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await listening(reader.user.id, 0);
  });

  /** A reply notification committed the way discussion adds one: in the writer's transaction. */
  const notifyReply = (userId: string, actorId: string, extra: Partial<NotifyInput> = {}) =>
    t.dataSource.transaction((manager) =>
      t.app.get(NotificationsService).notify(manager, {
        userId,
        actorId,
        kind: NotificationKind.REPLY,
        threadId: THREAD_ID,
        commentId: COMMENT_ID,
        ...extra,
      }),
    );

  const listening = (userId: string, count = 1) =>
    eventually(() => pubSub.listenerCount(`notifications:${userId}`) === count, `${count} listener(s) for ${userId}`);

  it('delivers my new notifications, with their actor, to a session given in connection_init', async () => {
    const client = connect({ token: reader.token });
    const live = subscribe<NotificationEvent>(client, MY_NOTIFICATIONS);
    await listening(reader.user.id);

    await notifyReply(reader.user.id, replier.user.id);

    const { data, errors } = await live.result(0);
    expect(errors).toBeUndefined();
    expect(data?.myNotifications).toMatchObject({
      kind: 'REPLY',
      actor: { displayName: replier.user.displayName },
      readAt: null,
    });
    expect(new Date(data?.myNotifications.createdAt ?? '').getTime()).not.toBeNaN();
  });

  it('takes the session cookie of the upgrade request, like the web app sends it', async () => {
    const client = connect({ headers: { cookie: `lh_session=${reader.token}` } });
    const live = subscribe<NotificationEvent>(client, MY_NOTIFICATIONS);
    await listening(reader.user.id);
    await notifyReply(reader.user.id, replier.user.id);
    expect((await live.result(0)).data?.myNotifications.kind).toBe('REPLY');
  });

  it("never delivers someone else's notifications, nor one after a rolled-back transaction", async () => {
    const client = connect({ token: reader.token });
    const live = subscribe<NotificationEvent>(client, MY_NOTIFICATIONS);
    await listening(reader.user.id);

    await notifyReply(replier.user.id, reader.user.id);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await t.app.get(NotificationsService).notify(manager, {
          userId: reader.user.id,
          actorId: replier.user.id,
          kind: NotificationKind.MENTION,
          threadId: THREAD_ID,
          commentId: COMMENT_ID,
        });
        throw new Error('the comment could not be saved after all');
      }),
    ).rejects.toThrow('could not be saved');
    await notifyReply(reader.user.id, replier.user.id, { kind: NotificationKind.MENTION, commentId: THREAD_ID });

    const { data } = await live.result(0);
    expect(data?.myNotifications.kind).toBe('MENTION');
    expect(live.results).toHaveLength(1);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND kind = 'MENTION'`,
      [reader.user.id],
    );
    expect(count).toBe(1);
  });

  it.each([
    ['without a session', {}],
    ['with an unknown token', { token: 'not-a-session' }],
    ['with an unknown cookie', { headers: { cookie: 'lh_session=not-a-session' } }],
  ])('refuses myNotifications %s (UNAUTHENTICATED)', async (_case, options) => {
    const client = connect(options);
    const live = subscribe(client, MY_NOTIFICATIONS);
    const { errors } = await live.result(0);
    expect(errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await live.ended();
  });

  it('lets go of the pub/sub listener when the client stops or disconnects', async () => {
    const client = connect({ token: reader.token });
    const first = subscribe(client, MY_NOTIFICATIONS);
    const second = subscribe(client, MY_NOTIFICATIONS);
    await listening(reader.user.id, 2);
    first.dispose();
    await listening(reader.user.id, 1);
    await client.dispose();
    await listening(reader.user.id, 0);
    second.dispose();
  });

  it('applies the HTTP limits (tokens, aliases) and serves only subscriptions', async () => {
    const client = connect({ token: reader.token });
    const deep = `subscription { myNotifications { ${'id '.repeat(3001)} } }`;
    const tooManyTokens = subscribe(client, deep);
    expect((await tooManyTokens.result(0)).errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    const query = subscribe(client, '{ unreadNotificationCount }');
    expect((await query.result(0)).errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const tooManyAliases = subscribe(client, `subscription { myNotifications { ${aliases} } }`);
    expect((await tooManyAliases.result(0)).errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    await client.dispose();
  });

  it('closes a connection that sends a message over 64 KiB (1009)', async () => {
    const client = connect({ token: reader.token });
    const huge = subscribe(client, `subscription { myNotifications { id } } # ${'x'.repeat(70 * 1024)}`);
    const { errors } = await huge.result(0);
    expect(errors?.[0]?.message).toContain('socket closed 1009');
    await client.dispose();
  });

  describe('websocket upgrade', () => {
    const upgrade = (path: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}${path}`, 'graphql-transport-ws', { headers });
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('error', reject);
      });
    const host = () => new URL(t.baseUrl).host;

    it('accepts the same origin and refuses a foreign one before the handshake (403)', async () => {
      expect(await upgrade('/graphql', { origin: `http://${host()}` })).toBe(101);
      expect(await upgrade('/graphql', { origin: 'https://evil.example' })).toBe(403);
      expect(await upgrade('/graphql', { origin: 'null' })).toBe(403);
    });

    it('takes upgrades only on /graphql (404 elsewhere)', async () => {
      expect(await upgrade('/health', {})).toBe(404);
      expect(await upgrade('/graphql?x=1', {})).toBe(101);
    });
  });
});

describe('WEBSOCKET_ALLOWED_ORIGINS', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ WEBSOCKET_ALLOWED_ORIGINS: 'http://localhost:4200' })));
  afterAll(() => t.close());

  it('lets a configured origin (e.g. the dev server) subscribe', async () => {
    const client = subscriptionClient(t.baseUrl, { headers: { origin: 'http://localhost:4200' } });
    const live = subscribe(client, MY_NOTIFICATIONS);
    // Connected and subscribed: refused only by the guard, not by the origin check.
    expect((await live.result(0)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await client.dispose();
  });
});
