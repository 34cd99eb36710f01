import type { TestUser } from '@lukuhaaste/api/accounts/testing';
import { Role } from '@lukuhaaste/api/accounts';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { InMemoryPubSub, PubSub } from '@lukuhaaste/api/realtime';
import type { Client } from 'graphql-ws';
import { insertDiscussion, postOk, type DiscussionFixture } from './support/discussion-fixtures';
import {
  eventually,
  subscribe,
  subscriptionClient,
  type SubscriptionClientOptions,
} from './support/subscription-client';
import { startTestApp, type TestApp } from './support/test-app';

const THREAD_EVENTS = `subscription($threadId: ID!) {
  threadEvents(threadId: $threadId) { kind threadId commentId comment { id bodyHtml author { id } } thread { id commentCount } }
}`;
const MY_NOTIFICATIONS = `subscription { myNotifications { kind actor { id } thread { id } comment { id bodyHtml } } }`;

interface ThreadEventResult {
  threadEvents: {
    kind: string;
    threadId: string;
    commentId: string | null;
    comment: { id: string; bodyHtml: string | null; author: { id: string } | null } | null;
    thread: { id: string; commentCount: number };
  };
}

describe('threadEvents and reply notifications, live (one instance)', () => {
  let t: TestApp;
  let pubSub: InMemoryPubSub;
  let published: DiscussionFixture;
  let draft: DiscussionFixture;
  let writer: TestUser;
  let reader: TestUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    pubSub = t.app.get(PubSub) as InMemoryPubSub;
    published = await insertDiscussion(t.dataSource);
    draft = await insertDiscussion(t.dataSource, { status: ChallengeStatus.DRAFT });
    writer = await t.newUser();
    reader = await t.newUser();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(() => t.close());

  const connect = (options: SubscriptionClientOptions = {}) => {
    const client = subscriptionClient(t.baseUrl, options);
    clients.push(client);
    return client;
  };
  const listening = (topic: string) => eventually(() => pubSub.listenerCount(topic) > 0, `a listener on ${topic}`);

  it('delivers a comment posted over HTTP to another reader, loaded for that reader', async () => {
    const threadId = published.threadIds[0];
    const live = subscribe<ThreadEventResult>(connect({ token: reader.token }), THREAD_EVENTS, { threadId });
    await listening(`thread:${threadId}`);

    const posted = await postOk(t, writer.token, { threadId, body: 'Suosittelen *tätä*' });

    const { data, errors } = await live.result(0);
    expect(errors).toBeUndefined();
    expect(data?.threadEvents).toEqual({
      kind: 'COMMENT_ADDED',
      threadId,
      commentId: posted.id,
      comment: { id: posted.id, bodyHtml: posted.bodyHtml, author: { id: writer.user.id } },
      thread: { id: threadId, commentCount: 1 },
    });
  });

  it('lets anonymous readers follow a published thread; an edit arrives edited (no stale loader)', async () => {
    const threadId = published.threadIds[1];
    const live = subscribe<ThreadEventResult>(connect(), THREAD_EVENTS, { threadId });
    await listening(`thread:${threadId}`);

    const posted = await postOk(t, writer.token, { threadId, body: 'Ensimmäinen versio' });
    expect((await live.result(0)).data?.threadEvents.comment?.bodyHtml).toContain('Ensimmäinen versio');
    const edit = await t.gql(
      `mutation($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id } }`,
      { id: posted.id, input: { body: 'Korjattu versio', containsSpoilers: false } },
      { token: writer.token },
    );
    expect(edit.errors).toEqual([]);

    const edited = (await live.result(1)).data?.threadEvents;
    expect(edited?.kind).toBe('COMMENT_EDITED');
    expect(edited?.comment?.bodyHtml).toContain('Korjattu versio');
  });

  it.each([
    ['anonymous', () => undefined],
    ['a patron', () => reader.token],
  ])("refuses %s a draft challenge's thread (NOT_FOUND)", async (_who, token) => {
    const live = subscribe(connect({ token: token() }), THREAD_EVENTS, { threadId: draft.threadIds[0] });
    expect((await live.result(0)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    await live.ended();
  });

  it("lets staff follow a draft challenge's thread", async () => {
    const librarian = await t.newUser(Role.LIBRARIAN);
    const threadId = draft.threadIds[0];
    subscribe(connect({ token: librarian.token }), THREAD_EVENTS, { threadId });
    await listening(`thread:${threadId}`);
  });

  it('refuses a malformed thread id (BAD_USER_INPUT)', async () => {
    const live = subscribe(connect(), THREAD_EVENTS, { threadId: 'not-a-uuid' });
    expect((await live.result(0)).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('tells the parent comment author about a reply, with its thread and comment', async () => {
    const threadId = published.threadIds[0];
    const parent = await postOk(t, reader.token, { threadId, body: 'Mitä luen seuraavaksi?' });
    const live = subscribe<{
      myNotifications: { kind: string; actor: { id: string }; thread: { id: string }; comment: { id: string } };
    }>(connect({ headers: { cookie: `lh_session=${reader.token}` } }), MY_NOTIFICATIONS);
    await listening(`notifications:${reader.user.id}`);

    const reply = await postOk(t, writer.token, { threadId, parentId: parent.id, body: 'Tätä!' });

    expect((await live.result(0)).data?.myNotifications).toMatchObject({
      kind: 'REPLY',
      actor: { id: writer.user.id },
      thread: { id: threadId },
      comment: { id: reply.id },
    });
  });
});
