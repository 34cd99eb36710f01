import { Role } from '@lukuhaaste/api/accounts';
import { DiscussionModeration, ThreadEventKind, type ThreadEventMessage } from '@lukuhaaste/api/discussion';
import { PubSub } from '@lukuhaaste/api/realtime';
import { errorCode } from './support/graphql-client';
import { insertDiscussion, postComment, postOk, type DiscussionFixture } from './support/discussion-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** What moderation may do to discussions (DiscussionModeration), in the caller's transaction. */
describe(DiscussionModeration.name, () => {
  let t: TestApp;
  let moderation: DiscussionModeration;
  let fixture: DiscussionFixture;
  let moderatorId: string;
  beforeAll(async () => {
    t = await startTestApp();
    moderation = t.app.get(DiscussionModeration);
    fixture = await insertDiscussion(t.dataSource, { categories: 3 });
    moderatorId = (await t.newUser(Role.LIBRARIAN)).user.id;
  });
  afterAll(() => t.close());

  const hide = (commentId: string, hidden: boolean, automatic = false) =>
    t.dataSource.transaction((manager) =>
      moderation.setCommentHidden(
        commentId,
        hidden,
        { moderatorId: automatic ? null : moderatorId, reason: automatic ? null : 'Asiaton', automatic },
        manager,
      ),
    );

  it('hides once under 10 concurrent attempts, and publishes only when asked after commit', async () => {
    const { token } = await t.newUser();
    const comment = await postOk(t, token, { threadId: fixture.threadIds[0], body: 'Ilmoitettu' });
    const events = t.app.get(PubSub).subscribe<ThreadEventMessage>(`thread:${fixture.threadIds[0]}`);
    const changes = await Promise.all(Array.from({ length: 10 }, () => hide(comment.id, true, true)));
    expect(changes.filter((change) => change.changed)).toHaveLength(1);
    const [row] = await t.dataSource.query(
      `SELECT hidden_at IS NOT NULL AS hidden, hidden_by, hidden_automatically FROM comments WHERE id = $1`,
      [comment.id],
    );
    expect(row).toEqual({ hidden: true, hidden_by: null, hidden_automatically: true });

    for (const change of changes) await moderation.publish(change);
    await t.dataSource.transaction(async (manager) =>
      moderation.publish(
        await moderation.setCommentHidden(comment.id, false, { moderatorId, reason: null, automatic: false }, manager),
      ),
    );
    expect((await events.next()).value).toEqual({ kind: ThreadEventKind.COMMENT_HIDDEN, commentId: comment.id });
    expect((await events.next()).value).toEqual({ kind: ThreadEventKind.COMMENT_RESTORED, commentId: comment.id });
    await events.return?.();
    const [restored] = await t.dataSource.query(
      `SELECT hidden_at, hidden_by, hidden_reason, hidden_automatically FROM comments WHERE id = $1`,
      [comment.id],
    );
    expect(restored).toEqual({ hidden_at: null, hidden_by: null, hidden_reason: null, hidden_automatically: false });
  });

  it('records who hid a comment and why; hiding leaves the thread count alone', async () => {
    const { token } = await t.newUser();
    const comment = await postOk(t, token, { threadId: fixture.threadIds[1], body: 'Piilotettava' });
    const [{ comment_count: before }] = await t.dataSource.query(`SELECT comment_count FROM threads WHERE id = $1`, [
      fixture.threadIds[1],
    ]);
    const change = await hide(comment.id, true);
    expect(change.value).toMatchObject({
      hiddenById: moderatorId,
      hiddenReason: 'Asiaton',
      hiddenAutomatically: false,
    });
    expect(change.event).toEqual({
      threadId: fixture.threadIds[1],
      kind: ThreadEventKind.COMMENT_HIDDEN,
      commentId: comment.id,
    });
    const [{ comment_count: after }] = await t.dataSource.query(`SELECT comment_count FROM threads WHERE id = $1`, [
      fixture.threadIds[1],
    ]);
    expect(after).toBe(before);
  });

  it('locks and unlocks a thread (patrons cannot post while locked), pins it without an event', async () => {
    const threadId = fixture.threadIds[2]!;
    const { token } = await t.newUser();
    const locked = await t.dataSource.transaction((manager) => moderation.setThreadLocked(threadId, true, manager));
    expect(locked).toMatchObject({
      changed: true,
      event: { threadId, kind: ThreadEventKind.THREAD_LOCKED, commentId: null },
    });
    const again = await t.dataSource.transaction((manager) => moderation.setThreadLocked(threadId, true, manager));
    expect(again).toMatchObject({ changed: false, event: null });
    expect((await postComment(t, token, { threadId, body: 'Hei' })).errors[0]?.extensions?.reason).toBe(
      'THREAD_LOCKED',
    );
    const unlocked = await t.dataSource.transaction((manager) => moderation.setThreadLocked(threadId, false, manager));
    expect(unlocked.event?.kind).toBe(ThreadEventKind.THREAD_UNLOCKED);
    expect((await postComment(t, token, { threadId, body: 'Hei taas' })).errors).toEqual([]);

    const pinned = await t.dataSource.transaction((manager) => moderation.setThreadPinned(threadId, true, manager));
    expect(pinned.value.pinnedAt).toBeInstanceOf(Date);
    expect(pinned.event).toBeNull();
  });

  it('rolls back with the caller: nothing changes when its transaction fails', async () => {
    const { token } = await t.newUser();
    const comment = await postOk(t, token, { threadId: fixture.threadIds[0], body: 'Pysyy' });
    await expect(
      t.dataSource.transaction(async (manager) => {
        await moderation.setCommentHidden(comment.id, true, { moderatorId, reason: 'x', automatic: false }, manager);
        throw new Error('the moderation log failed');
      }),
    ).rejects.toThrow('the moderation log failed');
    const [{ hidden_at }] = await t.dataSource.query(`SELECT hidden_at FROM comments WHERE id = $1`, [comment.id]);
    expect(hidden_at).toBeNull();
  });

  it('reports a missing comment or thread as NOT_FOUND', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(hide(missing, true)).rejects.toMatchObject({ graphqlCode: 'NOT_FOUND' });
    await expect(
      t.dataSource.transaction((manager) => moderation.setThreadLocked(missing, true, manager)),
    ).rejects.toMatchObject({ graphqlCode: 'NOT_FOUND' });
    expect(errorCode(await t.gql('query($id: ID!) { thread(id: $id) { id } }', { id: missing }))).toBe('NOT_FOUND');
  });
});
