import { Role } from '@lukuhaaste/api/accounts';
import type { TestUser } from '@lukuhaaste/api/accounts/testing';
import { NotificationKind, NotificationsService } from '@lukuhaaste/api/notifications';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { insertDiscussion, postOk } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { reportOk, RESOLVE_ITEM_REPORTS, staffOk } from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { id kind outcome readAt actor { id } thread { id } comment { id } } }
  }
}`;
const UNREAD_COUNT = `query { unreadNotificationCount }`;
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

interface NotificationNode {
  id: string;
  kind: string;
  outcome: string | null;
  readAt: string | null;
  actor: { id: string } | null;
  thread: { id: string } | null;
  comment: { id: string } | null;
}
interface NotificationsPage {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{ node: NotificationNode }>;
  };
}

describe('notifications over HTTP', () => {
  let t: TestApp;
  /** What the mentions in notifyMany point at. */
  let mentionedIn: { threadId: string; commentId: string; author: TestUser };
  beforeAll(async () => {
    t = await startTestApp();
    const [threadId] = (await insertDiscussion(t.dataSource, { categories: 1 })).threadIds;
    const author = await t.newUser();
    mentionedIn = {
      threadId,
      commentId: (await postOk(t, author.token, { threadId, body: 'Hei @kaikki' })).id,
      author,
    };
  });
  afterAll(() => t.close());

  /** Adds mentions one transaction each (as comments do), oldest first; returns their ids in that order. */
  async function notifyMany(user: TestUser, count: number): Promise<string[]> {
    const service = t.app.get(NotificationsService);
    const { threadId, commentId, author } = mentionedIn;
    for (let index = 0; index < count; index += 1) {
      await t.dataSource.transaction((manager) =>
        service.notify(manager, {
          userId: user.user.id,
          actorId: author.user.id,
          kind: NotificationKind.MENTION,
          threadId,
          commentId,
        }),
      );
    }
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at, id`,
      [user.user.id],
    );
    return rows.map((row) => row.id);
  }

  async function page(user: TestUser, variables: Record<string, unknown> = {}) {
    const response = await t.gql<NotificationsPage>(NOTIFICATIONS, variables, { token: user.token });
    if (!response.data) throw new Error(`notifications failed: ${JSON.stringify(response.errors)}`);
    return response.data.notifications;
  }
  const ids = (connection: NotificationsPage['notifications']) => connection.edges.map((edge) => edge.node.id);
  const unreadCount = async (user: TestUser) =>
    (await t.gql<{ unreadNotificationCount: number }>(UNREAD_COUNT, {}, { token: user.token })).data
      ?.unreadNotificationCount;
  const markRead = async (user: TestUser, markIds?: string[]) =>
    (await t.gql<{ markNotificationsRead: number }>(MARK_READ, { ids: markIds }, { token: user.token })).data
      ?.markNotificationsRead;

  it('pages my notifications newest first, without anybody else’s', async () => {
    const reader = await t.newUser();
    const created = await notifyMany(reader, 5);
    await notifyMany(await t.newUser(), 2);
    const newestFirst = [...created].reverse();

    const first = await page(reader, { first: 2 });
    const second = await page(reader, { first: 2, after: first.pageInfo.endCursor });
    const last = await page(reader, { first: 2, after: second.pageInfo.endCursor });

    expect([ids(first), ids(second), ids(last)]).toEqual([
      newestFirst.slice(0, 2),
      newestFirst.slice(2, 4),
      newestFirst.slice(4),
    ]);
    expect([first, second, last].map((connection) => connection.totalCount)).toEqual([5, 5, 5]);
    expect([first, second, last].map((connection) => connection.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
    expect(first.edges[0]?.node).toEqual({
      id: newestFirst[0],
      kind: 'MENTION',
      outcome: null,
      readAt: null,
      actor: { id: mentionedIn.author.user.id },
      thread: { id: mentionedIn.threadId },
      comment: { id: mentionedIn.commentId },
    });
  });

  it('counts and lists unread ones; marking given ids reads exactly those, once', async () => {
    const reader = await t.newUser();
    const [oldest, second, ...rest] = await notifyMany(reader, 5);
    expect(await unreadCount(reader)).toBe(5);

    expect(await markRead(reader, [oldest, second])).toBe(2);
    expect(await markRead(reader, [oldest])).toBe(0);

    expect(await unreadCount(reader)).toBe(3);
    const unread = await page(reader, { unreadOnly: true });
    expect(unread.totalCount).toBe(3);
    expect(ids(unread)).toEqual([...rest].reverse());
    const all = await page(reader);
    const readAt = new Map(all.edges.map(({ node }) => [node.id, node.readAt]));
    expect([oldest, second].map((id) => readAt.get(id))).toEqual([expect.any(String), expect.any(String)]);
    expect(rest.map((id) => readAt.get(id))).toEqual([null, null, null]);
  });

  it('marks all unread read when no ids are given; an empty list changes nothing', async () => {
    const reader = await t.newUser();
    const [oldest] = await notifyMany(reader, 4);
    await markRead(reader, [oldest]);

    expect(await markRead(reader, [])).toBe(0);
    expect(await markRead(reader)).toBe(3);

    expect(await unreadCount(reader)).toBe(0);
    expect((await page(reader, { unreadOnly: true })).totalCount).toBe(0);
    expect((await page(reader)).totalCount).toBe(4);
  });

  it('ignores other people’s ids: they stay unread for their owner', async () => {
    const reader = await t.newUser();
    const other = await t.newUser();
    const [mine] = await notifyMany(reader, 1);
    const theirs = await notifyMany(other, 2);

    expect(await markRead(reader, [...theirs, mine])).toBe(1);
    expect(await markRead(reader, theirs)).toBe(0);

    expect(await unreadCount(other)).toBe(2);
  });

  it('refuses malformed ids, page sizes and cursors with BAD_USER_INPUT naming the field', async () => {
    const reader = await t.newUser();
    const tooMany = Array.from({ length: 101 }, () => crypto.randomUUID());
    const cases: Array<[string, Record<string, unknown>, { field: string; code: string }]> = [
      [MARK_READ, { ids: ['not-a-uuid'] }, { field: 'ids', code: 'INVALID_VALUE' }],
      [MARK_READ, { ids: tooMany }, { field: 'ids', code: 'TOO_LONG' }],
      [NOTIFICATIONS, { first: 0 }, { field: 'first', code: 'OUT_OF_RANGE' }],
      [NOTIFICATIONS, { first: 101 }, { field: 'first', code: 'OUT_OF_RANGE' }],
      [NOTIFICATIONS, { after: 'bm90IGEgY3Vyc29y' }, { field: 'after', code: 'INVALID_VALUE' }],
    ];
    for (const [operation, variables, field] of cases) {
      const response = await t.gql(operation, variables, { token: reader.token });
      expect({ variables, code: errorCode(response) }).toEqual({ variables, code: 'BAD_USER_INPUT' });
      expect(response.errors[0]?.extensions?.fields).toEqual([expect.objectContaining(field)]);
    }
  });

  it('answers every hostile string as an id or a cursor with BAD_USER_INPUT, never a 500', async () => {
    const reader = await t.newUser();
    for (const hostile of loadHostileStrings()) {
      const marked = await t.gql(MARK_READ, { ids: [hostile] }, { token: reader.token });
      const paged = await t.gql(NOTIFICATIONS, { after: hostile }, { token: reader.token });
      expect([marked.status, errorCode(marked), errorCode(paged)]).toEqual([200, 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    }
  });

  it('tells each reporter how their report ended once a librarian closes the item, as an unread REPORT_OUTCOME', async () => {
    const { threadIds } = await insertDiscussion(t.dataSource, { categories: 1 });
    const author = await t.newUser();
    const comment = await postOk(t, author.token, { threadId: threadIds[0], body: 'Osta halpoja kelloja!' });
    const reporters = [await t.newUser(), await t.newUser()];
    for (const reporter of reporters) await reportOk(t, reporter.token, comment.id);
    const librarian = await t.newUser(Role.LIBRARIAN);

    await staffOk(t, librarian.token, RESOLVE_ITEM_REPORTS, { commentId: comment.id, outcome: 'RESOLVED' });

    for (const reporter of reporters) {
      expect(await unreadCount(reporter)).toBe(1);
      expect((await page(reporter)).edges.map((edge) => edge.node)).toEqual([
        {
          id: expect.any(String),
          kind: 'REPORT_OUTCOME',
          outcome: 'RESOLVED',
          readAt: null,
          actor: null,
          thread: { id: threadIds[0] },
          comment: { id: comment.id },
        },
      ]);
    }
    expect(await unreadCount(author)).toBe(0);
  });

  describe('authorization matrix', () => {
    const signedIn = {
      anonymous: 'UNAUTHENTICATED',
      patron: 'ok',
      anotherPatron: 'ok',
      suspended: 'ok',
      librarian: 'ok',
      admin: 'ok',
    } as const;
    /** A notification of `owner`'s: `anotherPatron` acts on someone else's (ignored, not refused). */
    const ownedBy = async (_t: TestApp, owner: TestUser) => ({ ids: await notifyMany(owner, 1) });

    describeAuthorizationMatrix(() => t, {
      notifications: { operation: NOTIFICATIONS, expected: signedIn },
      notificationsUnreadOnly: {
        operation: NOTIFICATIONS,
        variables: async () => ({ unreadOnly: true }),
        expected: signedIn,
      },
      unreadNotificationCount: { operation: UNREAD_COUNT, expected: signedIn },
      markAllNotificationsRead: { operation: MARK_READ, expected: signedIn },
      markNotificationsRead: { operation: MARK_READ, variables: ownedBy, expected: signedIn },
    });
  });
});
