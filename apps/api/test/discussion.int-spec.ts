import { Role } from '@lukuhaaste/api/accounts';
import { createTestBook } from '@lukuhaaste/api/books/testing';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { DiscussionModeration, ThreadEventKind, type ThreadEventMessage } from '@lukuhaaste/api/discussion';
import { PubSub } from '@lukuhaaste/api/realtime';
import { errorCode } from './support/graphql-client';
import {
  insertDiscussion,
  postComment,
  postOk,
  resetRateLimits,
  suspend,
  type DiscussionFixture,
} from './support/discussion-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const START = `mutation($input: StartThreadInput!) {
  startThread(input: $input) { id kind title commentCount author { id } viewerCanPost }
}`;
const THREAD = `query($id: ID!) { thread(id: $id) { id kind commentCount lockedAt viewerCanPost category { id } } }`;
const COMMENTS = `query($threadId: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {
  comments(threadId: $threadId, first: $first, after: $after, last: $last, before: $before, around: $around) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id parentId body bodyHtml deletedAt hiddenAt hiddenReason editedAt author { id } replyCount
      viewerCanEdit viewerCanDelete viewerCanReport
      reactions { kind count reactedByMe }
      replies { id parentId bodyHtml author { id } }
    } }
  }
}`;
const EDIT = `mutation($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id body bodyHtml editedAt containsSpoilers } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { id body bodyHtml deletedAt author { id } } }`;
const REACT = `mutation($commentId: ID!, $kind: ReactionKind!) { react(commentId: $commentId, kind: $kind) { id reactions { kind count reactedByMe } } }`;
const UNREACT = `mutation($commentId: ID!, $kind: ReactionKind!) { unreact(commentId: $commentId, kind: $kind) { id reactions { kind count reactedByMe } } }`;

interface CommentNode {
  id: string;
  parentId: string | null;
  body: string | null;
  bodyHtml: string | null;
  deletedAt: string | null;
  hiddenAt: string | null;
  hiddenReason: string | null;
  editedAt: string | null;
  author: { id: string } | null;
  replyCount: number;
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  viewerCanReport: boolean;
  reactions: Array<{ kind: string; count: number; reactedByMe: boolean }>;
  replies: Array<{ id: string; parentId: string; bodyHtml: string | null; author: { id: string } | null }>;
}
interface CommentsPage {
  comments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: CommentNode }>;
  };
}

describe('discussion: threads, comments, replies, reactions', () => {
  let t: TestApp;
  let fixture: DiscussionFixture;
  let patron: { token: string; id: string; name: string };
  let librarianToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await insertDiscussion(t.dataSource, { categories: 3 });
    const user = await t.newUser();
    patron = { token: user.token, id: user.user.id, name: user.user.displayName };
    librarianToken = (await t.newUser(Role.LIBRARIAN)).token;
  });
  afterAll(() => t.close());
  // The spec's few users post far more than a person would; the flood limits have their own test.
  beforeEach(() => resetRateLimits(t.dataSource));

  const comments = (threadId: string, args: Record<string, unknown> = {}, token?: string) =>
    t.gql<CommentsPage>(COMMENTS, { threadId, ...args }, { token });
  const threadCount = async (threadId: string) =>
    (await t.gql<{ thread: { commentCount: number } }>(THREAD, { id: threadId })).data!.thread.commentCount;

  async function freshThread(): Promise<string> {
    const started = await t.gql<{ startThread: { id: string } }>(
      START,
      { input: { challengeId: fixture.challengeId, title: 'Testiketju', body: 'Ensimmäinen' } },
      { token: librarianToken },
    );
    return started.data!.startThread.id;
  }

  describe('category threads', () => {
    it('exist for every category however it was created: fixture insert, addCategory and cloneChallenge', async () => {
      expect(fixture.threadIds.every(Boolean)).toBe(true);
      const byCategory = await t.gql<{ categoryThread: { id: string; kind: string; category: { id: string } } }>(
        `query($categoryId: ID!) { categoryThread(categoryId: $categoryId) { id kind category { id } } }`,
        { categoryId: fixture.categoryIds[1] },
      );
      expect(byCategory.data?.categoryThread).toEqual({
        id: fixture.threadIds[1],
        kind: 'CATEGORY',
        category: { id: fixture.categoryIds[1] },
      });

      const draft = await insertDiscussion(t.dataSource, { categories: 1, status: ChallengeStatus.DRAFT });
      const added = await t.gql<{ addCategory: { id: string } }>(
        `mutation($challengeId: ID!) { addCategory(challengeId: $challengeId, input: { title: { fi: "Uusi kohta" } }) { id } }`,
        { challengeId: draft.challengeId },
        { token: librarianToken },
      );
      const cloned = await t.gql<{ cloneChallenge: { id: string; categories: Array<{ id: string }> } }>(
        `mutation($sourceId: ID!) { cloneChallenge(sourceId: $sourceId, year: 2090) { id categories { id } } }`,
        { sourceId: fixture.challengeId },
        { token: librarianToken },
      );
      const categoryIds = [added.data!.addCategory.id, ...cloned.data!.cloneChallenge.categories.map((c) => c.id)];
      expect(categoryIds).toHaveLength(4);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM threads WHERE kind = 'CATEGORY' AND category_id = ANY($1::uuid[])`,
        [categoryIds],
      );
      expect(count).toBe(4);
    });

    it('are refused by the database without a category, and a GENERAL thread needs a title', async () => {
      await expect(
        t.dataSource.query(`INSERT INTO threads (challenge_id, kind) VALUES ($1, 'CATEGORY')`, [fixture.challengeId]),
      ).rejects.toThrow(/threads_kind_category_check/);
      await expect(
        t.dataSource.query(`INSERT INTO threads (challenge_id, kind, title) VALUES ($1, 'GENERAL', ' ')`, [
          fixture.challengeId,
        ]),
      ).rejects.toThrow(/threads_title_check/);
    });
  });

  describe('startThread', () => {
    it('starts a GENERAL thread whose body is its first comment', async () => {
      const started = await t.gql<{
        startThread: { id: string; kind: string; title: string; commentCount: number; author: { id: string } };
      }>(
        START,
        { input: { challengeId: fixture.challengeId, title: '  Vinkkejä kohtaan 23?  ', body: 'Mitä luitte?' } },
        { token: patron.token },
      );
      expect(started.errors).toEqual([]);
      expect(started.data?.startThread).toMatchObject({
        kind: 'GENERAL',
        title: 'Vinkkejä kohtaan 23?',
        commentCount: 1,
        author: { id: patron.id },
      });
      const page = await comments(started.data!.startThread.id);
      expect(page.data?.comments.edges.map((edge) => edge.node.bodyHtml)).toEqual(['<p>Mitä luitte?</p>\n']);
    });

    it('checks title and body', async () => {
      const response = await t.gql(
        START,
        { input: { challengeId: fixture.challengeId, title: 'ab', body: ' ' } },
        { token: patron.token },
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors[0]?.extensions?.fields).toEqual([
        { field: 'title', code: 'TOO_SHORT', params: { min: 3 } },
        { field: 'body', code: 'REQUIRED' },
      ]);
    });
  });

  describe('postComment', () => {
    it('posts, replies to a top-level comment, and counts both in the thread', async () => {
      const threadId = await freshThread();
      const before = await threadCount(threadId);
      const top = await postOk(t, patron.token, { threadId, body: 'Hyvä *kirja*' });
      expect(top).toMatchObject({ parentId: null, body: 'Hyvä *kirja*', bodyHtml: '<p>Hyvä <em>kirja</em></p>\n' });
      const reply = await postOk(t, librarianToken, { threadId, parentId: top.id, body: 'Samaa mieltä' });
      expect(reply.parentId).toBe(top.id);
      expect(await threadCount(threadId)).toBe(before + 2);

      const page = await comments(threadId);
      const node = page.data!.comments.edges.find((edge) => edge.node.id === top.id)!.node;
      expect(node.replyCount).toBe(1);
      expect(node.replies.map((r) => r.id)).toEqual([reply.id]);
      expect(page.data!.comments.edges.map((edge) => edge.node.id)).not.toContain(reply.id);
    });

    it('refuses a reply to a reply, or to a comment of another thread', async () => {
      const threadId = await freshThread();
      const top = await postOk(t, patron.token, { threadId, body: 'Ylin' });
      const reply = await postOk(t, patron.token, { threadId, parentId: top.id, body: 'Vastaus' });
      for (const [parentId, target] of [
        [reply.id, threadId],
        [top.id, fixture.threadIds[0]],
      ]) {
        const response = await postComment(t, patron.token, { threadId: target, parentId, body: 'x' });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors[0]?.extensions).toMatchObject({
          reason: 'PARENT_NOT_TOP_LEVEL',
          fields: [{ field: 'parentId', code: 'INVALID_VALUE' }],
        });
      }
      await expect(
        t.dataSource.query(
          `INSERT INTO comments (thread_id, parent_id, author_id, body, body_html) VALUES ($1, $2, $3, 'x', 'x')`,
          [threadId, reply.id, patron.id],
        ),
      ).rejects.toThrow(/not a top-level comment/);
    });

    it('checks the body: required, at most 4000 characters', async () => {
      const empty = await postComment(t, patron.token, { threadId: fixture.threadIds[0], body: '  ' });
      expect(empty.errors[0]?.extensions?.fields).toEqual([{ field: 'body', code: 'REQUIRED' }]);
      const long = await postComment(t, patron.token, { threadId: fixture.threadIds[0], body: 'a'.repeat(4001) });
      expect(long.errors[0]?.extensions?.fields).toEqual([{ field: 'body', code: 'TOO_LONG', params: { max: 4000 } }]);
    });

    it('in a locked thread: FORBIDDEN (THREAD_LOCKED) for patrons, allowed for staff', async () => {
      const threadId = await freshThread();
      const mine = await postOk(t, patron.token, { threadId, body: 'Ennen' });
      await t.dataSource.query(`UPDATE threads SET locked_at = now() WHERE id = $1`, [threadId]);
      const refused = await postComment(t, patron.token, { threadId, body: 'Hei' });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors[0]?.extensions?.reason).toBe('THREAD_LOCKED');
      expect((await postComment(t, librarianToken, { threadId, body: 'Lukittu' })).errors).toEqual([]);
      const seen = await t.gql<{ thread: { viewerCanPost: boolean } }>(
        THREAD,
        { id: threadId },
        { token: patron.token },
      );
      expect(seen.data?.thread.viewerCanPost).toBe(false);
      // The lock stops new conversation; authors still edit their own words.
      const edited = await t.gql(EDIT, { id: mine.id, input: { body: 'Jälkeen' } }, { token: patron.token });
      expect(edited.errors).toEqual([]);
    });

    it('is refused for a suspended user with the end of the suspension', async () => {
      const user = await t.newUser();
      await suspend(t.dataSource, user.user.id);
      const response = await postComment(t, user.token, { threadId: fixture.threadIds[0], body: 'Hei' });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors[0]?.extensions).toMatchObject({ reason: 'SUSPENDED', suspendedUntil: expect.any(String) });
      const seen = await t.gql<{ thread: { viewerCanPost: boolean } }>(
        THREAD,
        { id: fixture.threadIds[0] },
        { token: user.token },
      );
      expect(seen.data?.thread.viewerCanPost).toBe(false);
    });

    it('hides a draft challenge thread from patrons (NOT_FOUND) but not from staff', async () => {
      const draft = await insertDiscussion(t.dataSource, { categories: 1, status: ChallengeStatus.DRAFT });
      const threadId = draft.threadIds[0]!;
      expect(errorCode(await postComment(t, patron.token, { threadId, body: 'Hei' }))).toBe('NOT_FOUND');
      expect(errorCode(await comments(threadId, {}, patron.token))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(THREAD, { id: threadId }))).toBe('NOT_FOUND');
      expect((await postComment(t, librarianToken, { threadId, body: 'Luonnos' })).errors).toEqual([]);
      expect((await comments(threadId, {}, librarianToken)).data?.comments.totalCount).toBe(1);
    });

    it('shares my reading entry: its book, rating, review and spoiler flag; not another patron’s', async () => {
      const logged = await t.gql<{ logReading: { id: string; book: { id: string } } }>(
        `mutation($input: LogReadingInput!) { logReading(input: $input) { id book { id } } }`,
        {
          input: {
            challengeId: fixture.challengeId,
            categoryId: fixture.categoryIds[2],
            newBook: { title: 'Tuntematon sotilas', authors: ['Väinö Linna'] },
            finishedOn: `${fixture.year}-06-01`,
            rating: 5,
            review: 'Loppu yllätti',
            containsSpoilers: true,
          },
        },
        { token: patron.token },
      );
      const entryId = logged.data!.logReading.id;
      const shared = await postOk(t, patron.token, { threadId: fixture.threadIds[2], readingEntryId: entryId });
      expect(shared).toMatchObject({
        body: 'Loppu yllätti',
        bodyHtml: '<p>Loppu yllätti</p>\n',
        containsSpoilers: true,
        rating: 5,
        book: { id: logged.data!.logReading.book.id, title: 'Tuntematon sotilas' },
      });
      const other = await t.newUser();
      const refused = await postComment(t, other.token, { threadId: fixture.threadIds[2], readingEntryId: entryId });
      expect(errorCode(refused)).toBe('NOT_FOUND');
    });

    it('keeps its book when librarians merge that book into another', async () => {
      const [source, target] = [await createTestBook(t.dataSource), await createTestBook(t.dataSource)];
      const comment = await postOk(t, patron.token, { threadId: fixture.threadIds[0], bookId: source.id, body: '' });
      expect(comment.book?.id).toBe(source.id);
      const merged = await t.gql<{ mergeBooks: { movedEntries: number } }>(
        `mutation($sourceId: ID!, $targetId: ID!) { mergeBooks(sourceId: $sourceId, targetId: $targetId) { movedEntries } }`,
        { sourceId: source.id, targetId: target.id },
        { token: librarianToken },
      );
      expect(merged.data?.mergeBooks.movedEntries).toBe(0);
      const [row] = await t.dataSource.query(`SELECT book_id FROM comments WHERE id = $1`, [comment.id]);
      expect(row.book_id).toBe(target.id);
    });

    it('is rate-limited per user: the 11th comment in a minute is RATE_LIMITED with a retry time', async () => {
      const user = await t.newUser();
      const threadId = await freshThread();
      for (let index = 0; index < 10; index += 1) await postOk(t, user.token, { threadId, body: `Viesti ${index}` });
      const refused = await postComment(t, user.token, { threadId, body: 'Liikaa' });
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    });
  });

  describe('editComment and deleteComment', () => {
    it('lets the author edit (re-rendered, editedAt set) and nobody else', async () => {
      const comment = await postOk(t, patron.token, { threadId: fixture.threadIds[0], body: 'Alku' });
      const edited = await t.gql<{ editComment: { body: string; bodyHtml: string; editedAt: string } }>(
        EDIT,
        { id: comment.id, input: { body: '**Uusi**' } },
        { token: patron.token },
      );
      expect(edited.data?.editComment).toMatchObject({ body: '**Uusi**', bodyHtml: '<p><strong>Uusi</strong></p>\n' });
      expect(edited.data?.editComment.editedAt).toEqual(expect.any(String));
      for (const token of [(await t.newUser()).token, librarianToken]) {
        const refused = await t.gql(EDIT, { id: comment.id, input: { body: 'Vieras' } }, { token });
        expect(errorCode(refused)).toBe('FORBIDDEN');
        expect(refused.errors[0]?.extensions?.reason).toBe('NOT_AUTHOR');
      }
    });

    it('deletes softly: replies stay, text and author are gone, the count drops once', async () => {
      const threadId = await freshThread();
      const top = await postOk(t, patron.token, { threadId, body: 'Poistettava' });
      const reply = await postOk(t, librarianToken, { threadId, parentId: top.id, body: 'Vastaus jää' });
      const before = await threadCount(threadId);
      const deleted = await t.gql<{ deleteComment: Record<string, unknown> }>(
        DELETE,
        { id: top.id },
        { token: patron.token },
      );
      expect(deleted.data?.deleteComment).toMatchObject({ body: null, bodyHtml: null, author: null });
      expect(deleted.data?.deleteComment['deletedAt']).toEqual(expect.any(String));
      expect((await t.gql(DELETE, { id: top.id }, { token: patron.token })).errors).toEqual([]);
      expect(await threadCount(threadId)).toBe(before - 1);
      const node = (await comments(threadId)).data!.comments.edges.find((edge) => edge.node.id === top.id)!.node;
      expect(node).toMatchObject({ bodyHtml: null, author: null, viewerCanReport: false });
      expect(node.replies.map((r) => r.id)).toEqual([reply.id]);
      const edit = await t.gql(EDIT, { id: top.id, input: { body: 'Takaisin' } }, { token: patron.token });
      expect(edit.errors[0]?.extensions?.reason).toBe('COMMENT_DELETED');
    });
  });

  describe('reactions', () => {
    it('are idempotent and counted per kind with my own marked', async () => {
      const comment = await postOk(t, patron.token, { threadId: fixture.threadIds[1], body: 'Reagoi' });
      const other = await t.newUser();
      await t.gql(REACT, { commentId: comment.id, kind: 'LOVE' }, { token: other.token });
      await t.gql(REACT, { commentId: comment.id, kind: 'LIKE' }, { token: patron.token });
      const twice = await t.gql<{ react: { reactions: unknown[] } }>(
        REACT,
        { commentId: comment.id, kind: 'LIKE' },
        { token: patron.token },
      );
      expect(twice.data?.react.reactions).toEqual([
        { kind: 'LIKE', count: 1, reactedByMe: true },
        { kind: 'LOVE', count: 1, reactedByMe: false },
      ]);
      await t.gql(UNREACT, { commentId: comment.id, kind: 'LIKE' }, { token: patron.token });
      const removed = await t.gql<{ unreact: { reactions: unknown[] } }>(
        UNREACT,
        { commentId: comment.id, kind: 'LIKE' },
        { token: patron.token },
      );
      expect(removed.data?.unreact.reactions).toEqual([{ kind: 'LOVE', count: 1, reactedByMe: false }]);
    });
  });

  describe('comments paging', () => {
    it('pages forwards, jumps to the newest, pages backwards and finds the page around a reply', async () => {
      const threadId = await freshThread();
      await t.dataSource.query(
        `INSERT INTO comments (thread_id, author_id, body, body_html, created_at)
         SELECT $1, $2, 'n' || i, '<p>n' || i || '</p>', now() + i * interval '1 second' FROM generate_series(1, 24) AS i`,
        [threadId, patron.id],
      );
      const ids: Array<{ id: string }> = await t.dataSource.query(
        `SELECT id FROM comments WHERE thread_id = $1 ORDER BY created_at, id`,
        [threadId],
      );
      const first = await comments(threadId, { first: 10 });
      expect(first.data?.comments).toMatchObject({
        totalCount: 25,
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
      });
      const second = await comments(threadId, { first: 10, after: first.data!.comments.pageInfo.endCursor });
      expect(second.data!.comments.edges.map((edge) => edge.node.id)).toEqual(ids.slice(10, 20).map((row) => row.id));

      const newest = await comments(threadId, { last: 10 });
      expect(newest.data!.comments.edges.map((edge) => edge.node.id)).toEqual(ids.slice(15).map((row) => row.id));
      expect(newest.data!.comments.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const older = await comments(threadId, { last: 10, before: newest.data!.comments.pageInfo.startCursor });
      expect(older.data!.comments.edges.map((edge) => edge.node.id)).toEqual(ids.slice(5, 15).map((row) => row.id));

      const reply = await postOk(t, librarianToken, { threadId, parentId: ids[13]!.id, body: 'Vastaus' });
      const around = await comments(threadId, { first: 10, around: reply.id });
      expect(around.data!.comments.edges.map((edge) => edge.node.id)).toEqual(ids.slice(10, 20).map((row) => row.id));
      expect(errorCode(await comments(threadId, { first: 5, last: 5 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await comments(threadId, { around: fixture.threadIds[0] }))).toBe('NOT_FOUND');
    });
  });

  describe('what each viewer sees', () => {
    it('gives the markdown source to its author and staff only, and hides a hidden comment from patrons', async () => {
      const threadId = await freshThread();
      const comment = await postOk(t, patron.token, { threadId, body: 'Salaisuus' });
      const node = async (token?: string) =>
        (await comments(threadId, {}, token)).data!.comments.edges.find((edge) => edge.node.id === comment.id)!.node;
      expect(await node(patron.token)).toMatchObject({
        body: 'Salaisuus',
        viewerCanEdit: true,
        viewerCanReport: false,
      });
      expect(await node()).toMatchObject({ body: null, viewerCanEdit: false, viewerCanReport: false });
      expect(await node((await t.newUser()).token)).toMatchObject({ body: null, viewerCanReport: true });

      const moderation = t.app.get(DiscussionModeration);
      const moderator = await t.newUser(Role.LIBRARIAN);
      const change = await t.dataSource.transaction((manager) =>
        moderation.setCommentHidden(
          comment.id,
          true,
          { moderatorId: moderator.user.id, reason: 'Asiaton', automatic: false },
          manager,
        ),
      );
      await moderation.publish(change);
      expect(await node(patron.token)).toMatchObject({
        bodyHtml: null,
        hiddenReason: null,
        hiddenAt: expect.any(String),
      });
      expect(await node()).toMatchObject({ bodyHtml: null, body: null });
      expect(await node(librarianToken)).toMatchObject({
        bodyHtml: '<p>Salaisuus</p>\n',
        body: 'Salaisuus',
        hiddenReason: 'Asiaton',
      });
    });
  });

  describe('threads list', () => {
    it('lists pinned threads first, then by last activity, and filters by kind', async () => {
      const challenge = await insertDiscussion(t.dataSource, { categories: 2 });
      const start = async (title: string) =>
        (
          await t.gql<{ startThread: { id: string } }>(
            START,
            { input: { challengeId: challenge.challengeId, title, body: 'Alku' } },
            { token: librarianToken },
          )
        ).data!.startThread.id;
      const older = await start('Vanhempi');
      const newer = await start('Uudempi');
      await postOk(t, patron.token, { threadId: challenge.threadIds[1]!, body: 'Aktiivisin' });
      await t.dataSource.query(`UPDATE threads SET pinned_at = now() WHERE id = $1`, [older]);
      const listed = await t.gql<{ threads: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        `query($challengeId: ID!, $kind: ThreadKind) { threads(challengeId: $challengeId, kind: $kind) { totalCount edges { node { id } } } }`,
        { challengeId: challenge.challengeId },
      );
      expect(listed.data?.threads.edges.map((edge) => edge.node.id)).toEqual([
        older,
        challenge.threadIds[1],
        newer,
        challenge.threadIds[0],
      ]);
      const general = await t.gql<{ threads: { totalCount: number } }>(
        `query($challengeId: ID!) { threads(challengeId: $challengeId, kind: GENERAL) { totalCount } }`,
        { challengeId: challenge.challengeId },
      );
      expect(general.data?.threads.totalCount).toBe(2);
    });

    it('withComments leaves out threads nobody has written in (or whose comments were all deleted), also with kind', async () => {
      const challenge = await insertDiscussion(t.dataSource, { categories: 3 });
      const general = (
        await t.gql<{ startThread: { id: string } }>(
          START,
          { input: { challengeId: challenge.challengeId, title: 'Yleinen', body: 'Alku' } },
          { token: librarianToken },
        )
      ).data!.startThread.id;
      await postOk(t, patron.token, { threadId: challenge.threadIds[2]!, body: 'Kohdasta kolme' });
      const deleted = await postOk(t, patron.token, { threadId: challenge.threadIds[0]!, body: 'Poistan tämän' });
      await t.gql(DELETE, { id: deleted.id }, { token: patron.token });
      const list = async (variables: Record<string, unknown>) =>
        (
          await t.gql<{ threads: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
            `query($challengeId: ID!, $kind: ThreadKind, $withComments: Boolean) {
              threads(challengeId: $challengeId, kind: $kind, withComments: $withComments) { totalCount edges { node { id } } }
            }`,
            { challengeId: challenge.challengeId, ...variables },
          )
        ).data!.threads;

      const active = await list({ withComments: true });
      expect(active.edges.map((edge) => edge.node.id)).toEqual([challenge.threadIds[2], general]);
      expect(active.totalCount).toBe(2);
      expect((await list({ withComments: true, kind: 'CATEGORY' })).edges.map((edge) => edge.node.id)).toEqual([
        challenge.threadIds[2],
      ]);
      expect((await list({ withComments: false })).totalCount).toBe(4);
      expect((await list({})).totalCount).toBe(4);
    });
  });

  describe('notifications', () => {
    it('tells the parent author of a reply and people @mentioned (not the author, not twice)', async () => {
      const threadId = await freshThread();
      const aino = await t.newUser();
      const eino = await t.newUser();
      await t.dataSource.query(`UPDATE users SET display_name = 'Aino Lukija' WHERE id = $1`, [aino.user.id]);
      await t.dataSource.query(`UPDATE users SET display_name = 'EiNo' WHERE id = $1`, [eino.user.id]);
      const top = await postOk(t, aino.token, { threadId, body: 'Kysymys' });
      const reply = await postOk(t, patron.token, {
        threadId,
        parentId: top.id,
        body: 'Kiitos @aino lukija! Ja @EINO, sekä @Tuntematon ja minä itse @' + patron.name,
      });
      const rows: Array<{ user_id: string; kind: string; actor_id: string; comment_id: string }> =
        await t.dataSource.query(
          `SELECT user_id, kind, actor_id, comment_id FROM notifications WHERE comment_id = $1`,
          [reply.id],
        );
      expect(rows).toHaveLength(2);
      expect(rows).toEqual(
        expect.arrayContaining([
          { user_id: eino.user.id, kind: 'MENTION', actor_id: patron.id, comment_id: reply.id },
          { user_id: aino.user.id, kind: 'REPLY', actor_id: patron.id, comment_id: reply.id },
        ]),
      );
    });
  });

  describe('events', () => {
    it('publishes on thread:<id> after each change, with the comment id only', async () => {
      const threadId = await freshThread();
      const iterator = t.app.get(PubSub).subscribe<ThreadEventMessage>(`thread:${threadId}`);
      const comment = await postOk(t, patron.token, { threadId, body: 'Tapahtuma' });
      await t.gql(EDIT, { id: comment.id, input: { body: 'Muokattu' } }, { token: patron.token });
      await t.gql(REACT, { commentId: comment.id, kind: 'WOW' }, { token: patron.token });
      await t.gql(REACT, { commentId: comment.id, kind: 'WOW' }, { token: patron.token });
      await t.gql(DELETE, { id: comment.id }, { token: patron.token });
      const received: ThreadEventMessage[] = [];
      for (let index = 0; index < 4; index += 1) received.push((await iterator.next()).value);
      await iterator.return?.();
      expect(received).toEqual([
        { kind: ThreadEventKind.COMMENT_ADDED, commentId: comment.id },
        { kind: ThreadEventKind.COMMENT_EDITED, commentId: comment.id },
        { kind: ThreadEventKind.REACTIONS_CHANGED, commentId: comment.id },
        { kind: ThreadEventKind.COMMENT_DELETED, commentId: comment.id },
      ]);
    });
  });
});
