import { Role } from '@lukuhaaste/api/accounts';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { ThreadEventKind, type ThreadEventMessage } from '@lukuhaaste/api/discussion';
import { PubSub } from '@lukuhaaste/api/realtime';
import { countQueries } from './support/count-queries';
import { insertDiscussion, postComment, postOk, resetRateLimits, suspend } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import {
  DISMISS_REPORT,
  HIDE_COMMENT,
  LOCK_THREAD,
  MODERATION_QUEUE,
  REPORT,
  RESOLVE_ITEM_REPORTS,
  RESTORE_COMMENT,
  UNLOCK_THREAD,
  reportOk,
  staffOk,
} from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const COMMENTS = `query($threadId: ID!) { comments(threadId: $threadId, first: 50) { edges { node { id bodyHtml hiddenAt } } } }`;

interface QueueItem {
  reportCount: number;
  autoHidden: boolean;
  comment: { id: string; bodyHtml: string | null; hiddenAt: string | null; author: { id: string } | null } | null;
  thread: { id: string } | null;
  reasons: Array<{ reason: string; count: number }>;
  reports: Array<{ id: string; reason: string; note: string | null; status: string; reporter: { id: string } | null }>;
}

describe('moderation', () => {
  let t: TestApp;
  let librarian: string;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
  });
  afterAll(() => t.close());

  /** A fresh thread with one comment by a fresh patron. */
  async function reportedScene(body = 'Tämä kirja oli upea!') {
    const { threadIds } = await insertDiscussion(t.dataSource, { categories: 1 });
    const author = await t.newUser();
    const comment = await postOk(t, author.token, { threadId: threadIds[0], body });
    return { threadId: threadIds[0] as string, author, commentId: comment.id };
  }

  async function commentAs(token: string | undefined, threadId: string, commentId: string) {
    const response = await t.gql<{ comments: { edges: Array<{ node: { id: string; bodyHtml: string | null } }> } }>(
      COMMENTS,
      { threadId },
      { token },
    );
    return response.data?.comments.edges.find((edge) => edge.node.id === commentId)?.node;
  }

  const countRows = async (sql: string, params: unknown[]) => Number((await t.dataSource.query(sql, params))[0].count);

  describe('report', () => {
    it('needs exactly one item, a known id and a short note', async () => {
      const { commentId } = await reportedScene();
      const patron = (await t.newUser()).token;
      const report = (input: Record<string, unknown>) =>
        t.gql(REPORT, { input: { reason: 'SPAM', ...input } }, { token: patron });
      expect((await report({})).errors[0]?.extensions?.fields).toEqual([{ field: 'commentId', code: 'REQUIRED' }]);
      expect(errorCode(await report({ commentId, suggestionId: commentId }))).toBe('BAD_USER_INPUT');
      expect((await report({ commentId: 'nope' })).errors[0]?.extensions?.fields).toEqual([
        { field: 'commentId', code: 'INVALID_VALUE' },
      ]);
      expect(errorCode(await report({ commentId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect((await report({ commentId, note: 'x'.repeat(501) })).errors[0]?.extensions?.fields).toEqual([
        { field: 'note', code: 'TOO_LONG', params: { max: 500 } },
      ]);
      expect(errorCode(await report({ commentId, note: 'nul\u0000' }))).toBe('BAD_USER_INPUT');
    });

    it('refuses your own comment and a second open report; a decided report lets you report again', async () => {
      const { author, commentId } = await reportedScene();
      const own = await t.gql(REPORT, { input: { commentId, reason: 'SPAM' } }, { token: author.token });
      expect(own.errors[0]?.extensions?.fields).toEqual([{ field: 'commentId', code: 'INVALID_VALUE' }]);
      const patron = (await t.newUser()).token;
      const first = await reportOk(t, patron, commentId);
      const again = await t.gql(REPORT, { input: { commentId, reason: 'OFFENSIVE' } }, { token: patron });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors[0]?.extensions?.['reason']).toBe('ALREADY_REPORTED');
      await staffOk(t, librarian, DISMISS_REPORT, { id: first });
      await reportOk(t, patron, commentId, 'OFFENSIVE');
    });

    it('hides nothing a patron cannot see: comments of draft challenges are NOT_FOUND', async () => {
      const { threadIds } = await insertDiscussion(t.dataSource, { categories: 1, status: ChallengeStatus.DRAFT });
      const comment = await postOk(t, librarian, { threadId: threadIds[0], body: 'Luonnos' });
      const patron = (await t.newUser()).token;
      expect(
        errorCode(await t.gql(REPORT, { input: { commentId: comment.id, reason: 'SPAM' } }, { token: patron })),
      ).toBe('NOT_FOUND');
    });

    it('refuses a suspended patron with FORBIDDEN, reason SUSPENDED and the end of the suspension', async () => {
      const { commentId } = await reportedScene();
      const patron = await t.newUser();
      await suspend(t.dataSource, patron.user.id);
      const response = await t.gql(REPORT, { input: { commentId, reason: 'SPAM' } }, { token: patron.token });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors[0]?.extensions).toMatchObject({ reason: 'SUSPENDED', suspendedUntil: expect.any(String) });
      expect(await countRows(`SELECT count(*) FROM reports WHERE comment_id = $1`, [commentId])).toBe(0);
    });

    it('is limited to 20 an hour per reader', async () => {
      await resetRateLimits(t.dataSource);
      const patron = (await t.newUser()).token;
      const scenes = await Promise.all(Array.from({ length: 21 }, () => reportedScene()));
      const outcomes: Array<string | undefined> = [];
      for (const scene of scenes) {
        const response = await t.gql(
          REPORT,
          { input: { commentId: scene.commentId, reason: 'SPAM' } },
          { token: patron },
        );
        outcomes.push(errorCode(response));
      }
      expect(outcomes.slice(0, 20)).toEqual(Array(20).fill(undefined));
      expect(outcomes[20]).toBe('RATE_LIMITED');
      await resetRateLimits(t.dataSource);
    });
  });

  describe('automatic hide', () => {
    it('fires exactly once when 10 readers report one comment at the same moment', async () => {
      const { threadId, commentId } = await reportedScene();
      const reporters = await Promise.all(Array.from({ length: 10 }, () => t.newUser()));
      const responses = await Promise.all(
        reporters.map((reporter) =>
          t.gql(REPORT, { input: { commentId, reason: 'OFFENSIVE' } }, { token: reporter.token }),
        ),
      );
      expect(responses.map((response) => response.errors)).toEqual(Array(10).fill([]));
      expect(await countRows(`SELECT count(*) FROM reports WHERE comment_id = $1`, [commentId])).toBe(10);
      expect(
        await countRows(`SELECT count(*) FROM moderation_actions WHERE comment_id = $1 AND action = 'AUTO_HIDE'`, [
          commentId,
        ]),
      ).toBe(1);
      const [comment] = await t.dataSource.query(
        `SELECT hidden_at, hidden_automatically, hidden_by FROM comments WHERE id = $1`,
        [commentId],
      );
      expect(comment).toMatchObject({ hidden_at: expect.any(Date), hidden_automatically: true, hidden_by: null });

      // Readers see a placeholder, staff the text.
      expect(await commentAs((await t.newUser()).token, threadId, commentId)).toMatchObject({ bodyHtml: null });
      expect(await commentAs(undefined, threadId, commentId)).toMatchObject({ bodyHtml: null });
      expect((await commentAs(librarian, threadId, commentId))?.bodyHtml).toContain('upea');
    });

    it('waits for the configured number of distinct readers, and does not hide again once restored', async () => {
      const { threadId, commentId } = await reportedScene();
      const hiddenAt = async () =>
        (await t.dataSource.query(`SELECT hidden_at FROM comments WHERE id = $1`, [commentId]))[0].hidden_at;
      await reportOk(t, (await t.newUser()).token, commentId);
      await reportOk(t, (await t.newUser()).token, commentId);
      expect(await hiddenAt()).toBeNull();
      await reportOk(t, (await t.newUser()).token, commentId);
      expect(await hiddenAt()).not.toBeNull();

      await staffOk(t, librarian, RESTORE_COMMENT, { id: commentId, reason: 'Asiallinen arvio' });
      expect(await hiddenAt()).toBeNull();
      expect((await commentAs((await t.newUser()).token, threadId, commentId))?.bodyHtml).toContain('upea');
      await reportOk(t, (await t.newUser()).token, commentId);
      expect(await hiddenAt()).toBeNull();
    });

    it('takes its threshold from MODERATION_AUTO_HIDE_THRESHOLD', async () => {
      const strict = await startTestApp({ MODERATION_AUTO_HIDE_THRESHOLD: '1' });
      try {
        const { threadIds } = await insertDiscussion(strict.dataSource, { categories: 1 });
        const comment = await postOk(strict, (await strict.newUser()).token, {
          threadId: threadIds[0],
          body: 'Roskaa',
        });
        await reportOk(strict, (await strict.newUser()).token, comment.id);
        const [row] = await strict.dataSource.query(`SELECT hidden_automatically FROM comments WHERE id = $1`, [
          comment.id,
        ]);
        expect(row.hidden_automatically).toBe(true);
      } finally {
        await strict.close();
      }
    });
  });

  describe('staff actions', () => {
    it('hide and restore: patrons see a placeholder meanwhile; each writes one log row; acting twice is CONFLICT', async () => {
      const { threadId, commentId, author } = await reportedScene();
      const hidden = await staffOk<{ hideComment: { hiddenAt: string; hiddenReason: string } }>(
        t,
        librarian,
        HIDE_COMMENT,
        {
          id: commentId,
          reason: 'Loukkaava',
        },
      );
      expect(hidden.hideComment).toMatchObject({ hiddenAt: expect.any(String), hiddenReason: 'Loukkaava' });
      expect(await commentAs(author.token, threadId, commentId)).toMatchObject({ bodyHtml: null });
      const twice = await t.gql(HIDE_COMMENT, { id: commentId, reason: 'Uudestaan' }, { token: librarian });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect(errorCode(await t.gql(HIDE_COMMENT, { id: commentId, reason: '  ' }, { token: librarian }))).toBe(
        'BAD_USER_INPUT',
      );

      await staffOk(t, librarian, RESTORE_COMMENT, { id: commentId, reason: 'Virhe' });
      expect((await commentAs(author.token, threadId, commentId))?.bodyHtml).toContain('upea');
      const log = await t.dataSource.query(
        `SELECT action, reason, target_user_id, thread_id FROM moderation_actions WHERE comment_id = $1 ORDER BY created_at`,
        [commentId],
      );
      expect(log).toEqual([
        { action: 'HIDE', reason: 'Loukkaava', target_user_id: author.user.id, thread_id: threadId },
        { action: 'RESTORE', reason: 'Virhe', target_user_id: author.user.id, thread_id: threadId },
      ]);
    });

    it('a locked thread refuses patrons posts but not staff; unlocking opens it again', async () => {
      const { threadId } = await reportedScene();
      const patron = (await t.newUser()).token;
      await staffOk(t, librarian, LOCK_THREAD, { id: threadId, reason: 'Kiivas keskustelu' });
      const refused = await postComment(t, patron, { threadId, body: 'Saanko vielä?' });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors[0]?.extensions?.['reason']).toBe('THREAD_LOCKED');
      await postOk(t, librarian, { threadId, body: 'Ketju on lukittu.' });
      await staffOk(t, librarian, UNLOCK_THREAD, { id: threadId });
      await postOk(t, patron, { threadId, body: 'Kiitos!' });
    });
  });

  describe('live updates', () => {
    it("tells the thread's subscribers of automatic and manual hides, restores and locks, after each commit", async () => {
      const { threadId, commentId } = await reportedScene();
      const iterator = t.app.get(PubSub).subscribe<ThreadEventMessage>(`thread:${threadId}`);
      for (let reporter = 0; reporter < 3; reporter += 1) await reportOk(t, (await t.newUser()).token, commentId);
      await staffOk(t, librarian, RESTORE_COMMENT, { id: commentId, reason: 'Asiallinen' });
      await staffOk(t, librarian, HIDE_COMMENT, { id: commentId, reason: 'Sittenkin asiaton' });
      await staffOk(t, librarian, LOCK_THREAD, { id: threadId });
      await staffOk(t, librarian, UNLOCK_THREAD, { id: threadId });
      const received: ThreadEventMessage[] = [];
      for (let index = 0; index < 5; index += 1) received.push((await iterator.next()).value);
      await iterator.return?.();
      expect(received).toEqual([
        { kind: ThreadEventKind.COMMENT_HIDDEN, commentId },
        { kind: ThreadEventKind.COMMENT_RESTORED, commentId },
        { kind: ThreadEventKind.COMMENT_HIDDEN, commentId },
        { kind: ThreadEventKind.THREAD_LOCKED, commentId: null },
        { kind: ThreadEventKind.THREAD_UNLOCKED, commentId: null },
      ]);
    });
  });

  describe('queue', () => {
    it('groups open reports per item: automatically hidden first, then most reporters, then oldest', async () => {
      await t.dataSource.query(`UPDATE reports SET status = 'DISMISSED', resolved_at = now() WHERE status = 'OPEN'`);
      const one = await reportedScene();
      const two = await reportedScene();
      const hiddenScene = await reportedScene();
      const [first, second, third] = await Promise.all(Array.from({ length: 3 }, () => t.newUser()));
      const reporters = [first, second, third] as const;
      await reportOk(t, first.token, one.commentId, 'SPOILER');
      await reportOk(t, first.token, two.commentId, 'SPAM');
      const noted = await t.gql(
        REPORT,
        { input: { commentId: two.commentId, reason: 'OFFENSIVE', note: 'Haukkuu muita' } },
        { token: second.token },
      );
      expect(noted.errors).toEqual([]);
      for (const reporter of reporters) await reportOk(t, reporter.token, hiddenScene.commentId, 'OFFENSIVE');

      const queue = await staffOk<{ moderationQueue: { totalCount: number; edges: Array<{ node: QueueItem }> } }>(
        t,
        librarian,
        MODERATION_QUEUE,
        { first: 10 },
      );
      const items = queue.moderationQueue.edges.map((edge) => edge.node);
      expect(queue.moderationQueue.totalCount).toBe(3);
      expect(items.map((item) => item.comment?.id)).toEqual([hiddenScene.commentId, two.commentId, one.commentId]);
      expect(items[0]).toMatchObject({
        autoHidden: true,
        reportCount: 3,
        reasons: [{ reason: 'OFFENSIVE', count: 3 }],
      });
      // Staff see the hidden text in the queue.
      expect(items[0]?.comment?.bodyHtml).toContain('upea');
      expect(items[1]).toMatchObject({
        autoHidden: false,
        reportCount: 2,
        thread: { id: two.threadId },
        reasons: [
          { reason: 'OFFENSIVE', count: 1 },
          { reason: 'SPAM', count: 1 },
        ],
        reports: [
          { reason: 'SPAM', note: null, status: 'OPEN', reporter: { id: first.user.id } },
          { reason: 'OFFENSIVE', note: 'Haukkuu muita', status: 'OPEN', reporter: { id: second.user.id } },
        ],
      });

      const closed = await staffOk<{ resolveItemReports: number }>(t, librarian, RESOLVE_ITEM_REPORTS, {
        commentId: two.commentId,
        outcome: 'RESOLVED',
      });
      expect(closed.resolveItemReports).toBe(2);
      const after = await staffOk<{ moderationQueue: { edges: Array<{ node: QueueItem }> } }>(
        t,
        librarian,
        MODERATION_QUEUE,
        {
          first: 10,
        },
      );
      expect(after.moderationQueue.edges.map((edge) => edge.node.comment?.id)).toEqual([
        hiddenScene.commentId,
        one.commentId,
      ]);
      expect(
        await countRows(`SELECT count(*) FROM moderation_actions WHERE comment_id = $1 AND action = 'RESOLVE'`, [
          two.commentId,
        ]),
      ).toBe(2);
      const outcomeOpen = await t.gql(
        RESOLVE_ITEM_REPORTS,
        { commentId: one.commentId, outcome: 'OPEN' },
        { token: librarian },
      );
      expect(outcomeOpen.errors[0]?.extensions?.fields).toEqual([{ field: 'outcome', code: 'INVALID_VALUE' }]);
    });

    it('takes the same number of SQL statements for 2 items as for 12', async () => {
      const statementsFor = async (first: number) =>
        (await countQueries(t.dataSource, () => t.gql(MODERATION_QUEUE, { first }, { token: librarian }))).count;
      for (let i = 0; i < 12; i += 1) {
        const scene = await reportedScene();
        await reportOk(t, (await t.newUser()).token, scene.commentId);
      }
      expect(await statementsFor(12)).toBe(await statementsFor(2));
    });
  });

  describe('the log', () => {
    it('refuses UPDATE, DELETE and TRUNCATE, but lets a deleted account clear its references', async () => {
      const { commentId } = await reportedScene();
      const moderator = await t.newUser(Role.LIBRARIAN);
      await staffOk(t, moderator.token, HIDE_COMMENT, { id: commentId, reason: 'Roskapostia' });
      await expect(t.dataSource.query(`UPDATE moderation_actions SET reason = 'muutettu'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(t.dataSource.query(`DELETE FROM moderation_actions`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`TRUNCATE moderation_actions`)).rejects.toThrow(/append-only/);

      await t.dataSource.query(`DELETE FROM users WHERE id = $1`, [moderator.user.id]);
      const rows = await t.dataSource.query(
        `SELECT moderator_id, reason FROM moderation_actions WHERE comment_id = $1 AND action = 'HIDE'`,
        [commentId],
      );
      expect(rows).toEqual([{ moderator_id: null, reason: 'Roskapostia' }]);
    });
  });
});
