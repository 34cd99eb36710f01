import { createTestUser, type TestUser } from '@lukuhaaste/api/accounts/testing';
import { createTestDatabase } from '@lukuhaaste/api/database/testing';
import type { Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import { withDataSource } from '../src/database/with-data-source';
import { SCHEMA } from '../src/database/schema';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { insertDiscussion, POST_COMMENT, type PostedComment } from './support/discussion-fixtures';
import { startRedisServer, type TestRedis } from './support/redis-server';
import { eventually, subscribe, subscriptionClient } from './support/subscription-client';

const REDIS_PORT = 6398;
const PORT_A = 3581;
const PORT_B = 3582;

const THREAD_EVENTS = `subscription($threadId: ID!) {
  threadEvents(threadId: $threadId) { kind threadId commentId comment { id bodyHtml author { id } } }
}`;
const MY_NOTIFICATIONS = `subscription { myNotifications { kind actor { id } thread { id } comment { id parentId } } }`;

/**
 * Two separate API processes (run from source) over one database and one
 * real redis-server, as a load-balanced deployment runs: what is written
 * through instance A must reach websocket subscribers connected to instance B.
 */
describe('subscriptions across two API processes through Redis', () => {
  let redis: TestRedis;
  let instanceA: ApiProcess;
  let instanceB: ApiProcess;
  let threadId: string;
  let writer: TestUser;
  let reader: TestUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    redis = await startRedisServer(REDIS_PORT);
    const databaseUrl = await createTestDatabase(SCHEMA);
    await withDataSource(databaseUrl, async (dataSource: DataSource) => {
      [threadId] = (await insertDiscussion(dataSource, { categories: 1 })).threadIds;
      writer = await createTestUser(dataSource);
      reader = await createTestUser(dataSource);
    });
    [instanceA, instanceB] = await Promise.all(
      [PORT_A, PORT_B].map((port) => startApiProcess(port, databaseUrl, { REDIS_URL: redis.url })),
    );
  }, 60_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(async () => {
    await Promise.all([instanceA?.close(), instanceB?.close()]);
    await redis?.close();
  });

  const connectToB = (token: string) => {
    const client = subscriptionClient(instanceB.baseUrl, { token });
    clients.push(client);
    return client;
  };
  const postThroughA = async (token: string, input: Record<string, unknown>) => {
    const { data, errors } = await instanceA.gql<{ postComment: PostedComment }>(POST_COMMENT, { input }, { token });
    if (!data) throw new Error(`postComment failed: ${JSON.stringify(errors)}`);
    return data.postComment;
  };
  /** B has subscribed the topic at Redis, so nothing published from now on can be missed. */
  const subscribedAtRedis = (topic: string) =>
    eventually(async () => (await redis.subscribers(topic)) === 1, `instance B subscribed to ${topic}`);

  it('delivers a comment posted through A to a threadEvents subscriber on B', async () => {
    const live = subscribe(connectToB(reader.token), THREAD_EVENTS, { threadId });
    await subscribedAtRedis(`thread:${threadId}`);

    const posted = await postThroughA(writer.token, { threadId, body: 'Kahden palvelimen *kautta*' });

    const { data, errors } = await live.result(0);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      threadEvents: {
        kind: 'COMMENT_ADDED',
        threadId,
        commentId: posted.id,
        comment: { id: posted.id, bodyHtml: posted.bodyHtml, author: { id: writer.user.id } },
      },
    });
  });

  it('notifies the parent’s author, subscribed on B, of a reply posted through A', async () => {
    const parent = await postThroughA(reader.token, { threadId, body: 'Mitä luette kesällä?' });
    const live = subscribe(connectToB(reader.token), MY_NOTIFICATIONS);
    await subscribedAtRedis(`notifications:${reader.user.id}`);

    const reply = await postThroughA(writer.token, { threadId, parentId: parent.id, body: 'Muumeja!' });

    const { data, errors } = await live.result(0);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      myNotifications: {
        kind: 'REPLY',
        actor: { id: writer.user.id },
        thread: { id: threadId },
        comment: { id: reply.id, parentId: parent.id },
      },
    });
  });
});
