import { Role } from '@lukuhaaste/api/accounts';
import { insertDiscussion, postComment } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import { SUSPEND_USER, UNSUSPEND_USER, inAnHour, staffOk } from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const ME = `query { me { id suspendedUntil suspensionReason } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id } }`;
const AUTHORS = `query($threadId: ID!) {
  comments(threadId: $threadId, first: 50) { edges { node { author { id suspendedUntil suspensionReason } } } }
}`;

describe('suspensions', () => {
  let t: TestApp;
  let librarian: Awaited<ReturnType<TestApp['newUser']>>;
  let threadId: string;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = await t.newUser(Role.LIBRARIAN);
    threadId = (await insertDiscussion(t.dataSource, { categories: 1 })).threadIds[0] as string;
  });
  afterAll(() => t.close());

  it('keeps a patron reading but not writing until the date; they and staff see it, other patrons do not', async () => {
    const patron = await t.newUser();
    expect((await postComment(t, patron.token, { threadId, body: 'Ennen' })).errors).toEqual([]);
    const until = inAnHour();
    const suspended = await staffOk<{ suspendUser: { suspendedUntil: string; suspensionReason: string } }>(
      t,
      librarian.token,
      SUSPEND_USER,
      { userId: patron.user.id, until, reason: 'Toistuvaa häirintää' },
    );
    expect(suspended.suspendUser).toEqual({
      id: patron.user.id,
      suspendedUntil: until,
      suspensionReason: 'Toistuvaa häirintää',
    });
    const me = await t.gql<{ me: { suspendedUntil: string | null } }>(ME, {}, { token: patron.token });
    expect(me.data?.me.suspendedUntil).toBe(until);

    expect(errorCode(await t.gql(THREAD, { id: threadId }, { token: patron.token }))).toBeUndefined();
    const post = await postComment(t, patron.token, { threadId, body: 'Yritän silti' });
    expect(post.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUSPENDED', suspendedUntil: until });

    // Others see the user as an author; only staff see the suspension.
    const authorAs = async (token: string) =>
      (
        await t.gql<{ comments: { edges: Array<{ node: { author: Record<string, string | null> } }> } }>(
          AUTHORS,
          { threadId },
          { token },
        )
      ).data?.comments.edges.find((edge) => edge.node.author['id'] === patron.user.id)?.node.author;
    expect(await authorAs((await t.newUser()).token)).toEqual({
      id: patron.user.id,
      suspendedUntil: null,
      suspensionReason: null,
    });
    expect(await authorAs(librarian.token)).toEqual({
      id: patron.user.id,
      suspendedUntil: until,
      suspensionReason: 'Toistuvaa häirintää',
    });

    await staffOk(t, librarian.token, UNSUSPEND_USER, { userId: patron.user.id, reason: 'Sovittu' });
    expect((await t.gql<{ me: { suspendedUntil: string | null } }>(ME, {}, { token: patron.token })).data?.me).toEqual({
      id: patron.user.id,
      suspendedUntil: null,
      suspensionReason: null,
    });
    expect((await postComment(t, patron.token, { threadId, body: 'Kiitos' })).errors).toEqual([]);
    const log = await t.dataSource.query(
      `SELECT action, moderator_id, reason FROM moderation_actions WHERE target_user_id = $1 ORDER BY created_at`,
      [patron.user.id],
    );
    expect(log).toEqual([
      { action: 'SUSPEND', moderator_id: librarian.user.id, reason: 'Toistuvaa häirintää' },
      { action: 'UNSUSPEND', moderator_id: librarian.user.id, reason: 'Sovittu' },
    ]);
  });

  it('needs a future date within ten years and a reason', async () => {
    const patron = await t.newUser();
    const suspend = (until: string, reason: string) =>
      t.gql(SUSPEND_USER, { userId: patron.user.id, until, reason }, { token: librarian.token });
    const fieldsOf = async (until: string, reason: string) =>
      (await suspend(until, reason)).errors[0]?.extensions?.fields;
    expect(await fieldsOf(new Date(Date.now() - 1000).toISOString(), 'Syy')).toEqual([
      { field: 'until', code: 'OUT_OF_RANGE', params: { maxYears: 10 } },
    ]);
    expect(await fieldsOf('2999-01-01T00:00:00Z', 'Syy')).toEqual([
      { field: 'until', code: 'OUT_OF_RANGE', params: { maxYears: 10 } },
    ]);
    expect(await fieldsOf(inAnHour(), '   ')).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
    expect(errorCode(await suspend('tomorrow', 'Syy'))).toBe('BAD_USER_INPUT');
  });

  it('refuses staff, yourself, unknown users, and unsuspending someone not suspended', async () => {
    const otherLibrarian = await t.newUser(Role.LIBRARIAN);
    const admin = await t.newUser(Role.ADMIN);
    const suspend = (userId: string, token = librarian.token) =>
      t.gql(SUSPEND_USER, { userId, until: inAnHour(), reason: 'Syy' }, { token });
    for (const [response, reason] of [
      [await suspend(otherLibrarian.user.id), 'CANNOT_SUSPEND_STAFF'],
      [await suspend(librarian.user.id, admin.token), 'CANNOT_SUSPEND_STAFF'],
      [await suspend(admin.user.id, admin.token), 'CANNOT_SUSPEND_SELF'],
    ] as const) {
      expect(response.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason });
    }
    expect(errorCode(await suspend('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    const patron = await t.newUser();
    const unsuspend = await t.gql(UNSUSPEND_USER, { userId: patron.user.id }, { token: librarian.token });
    expect(unsuspend.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_CHANGE' });
  });
});
