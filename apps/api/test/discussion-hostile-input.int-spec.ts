import { findUnsafeHtml } from '@lukuhaaste/api/discussion/testing';
import { errorCode } from './support/graphql-client';
import { insertDiscussion, resetRateLimits, type DiscussionFixture } from './support/discussion-fixtures';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const HOSTILE = loadHostileStrings();
const label = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length} chars)` : value);

const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id title } }`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id body bodyHtml } }`;
const EDIT = `mutation($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { body bodyHtml } }`;
const PREVIEW = `mutation($body: String!) { previewMarkdown(body: $body) }`;

/**
 * Every text a patron sends to discussions (thread title, comment body, edit,
 * preview, and ids and cursors that reach queries) is stored as sent
 * (trimmed) or refused with BAD_USER_INPUT, never a 500, and the HTML that
 * readers get has no script, handler or dangerous URL.
 */
describe('discussion with hostile input', () => {
  let t: TestApp;
  let fixture: DiscussionFixture;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    fixture = await insertDiscussion(t.dataSource, { categories: 1 });
    token = (await t.newUser()).token;
  });
  afterAll(() => t.close());
  beforeEach(() => resetRateLimits(t.dataSource));

  const expectRefusedOrOk = (response: Awaited<ReturnType<TestApp['gql']>>) =>
    expect(['ok', 'BAD_USER_INPUT']).toContain(response.errors.length === 0 ? 'ok' : errorCode(response));

  it.each(HOSTILE.map((value) => [label(value), value]))(
    '%s as title, body, edit and preview',
    async (_label, value) => {
      const started = await t.gql<{ startThread: { id: string; title: string } }>(
        START,
        { input: { challengeId: fixture.challengeId, title: value, body: value } },
        { token },
      );
      expectRefusedOrOk(started);
      if (started.data) expect(started.data.startThread.title).toBe(value.trim());

      const posted = await t.gql<{ postComment: { id: string; body: string; bodyHtml: string } }>(
        POST,
        { input: { threadId: fixture.threadIds[0], body: value } },
        { token },
      );
      expectRefusedOrOk(posted);
      if (posted.data) {
        expect(posted.data.postComment.body).toBe(value.trim());
        expect(findUnsafeHtml(posted.data.postComment.bodyHtml)).toEqual([]);
        const edited = await t.gql<{ editComment: { body: string; bodyHtml: string } }>(
          EDIT,
          { id: posted.data.postComment.id, input: { body: `${value} (muokattu)` } },
          { token },
        );
        expectRefusedOrOk(edited);
        if (edited.data) expect(findUnsafeHtml(edited.data.editComment.bodyHtml)).toEqual([]);
      }

      const preview = await t.gql<{ previewMarkdown: string }>(PREVIEW, { body: value }, { token });
      expectRefusedOrOk(preview);
      if (preview.data) expect(findUnsafeHtml(preview.data.previewMarkdown)).toEqual([]);

      for (const [query, variables] of [
        ['query($id: ID!) { thread(id: $id) { id } }', { id: value }],
        ['query($id: ID!) { comments(threadId: $id) { totalCount } }', { id: value }],
        [
          'query($after: String) { comments(threadId: "' + fixture.threadIds[0] + '", after: $after) { totalCount } }',
          { after: value },
        ],
        [
          'query($around: ID) { comments(threadId: "' + fixture.threadIds[0] + '", around: $around) { totalCount } }',
          { around: value },
        ],
        ['query($id: ID!) { threads(challengeId: $id) { totalCount } }', { id: value }],
      ] as const) {
        const response = await t.gql(query, variables);
        expect(['BAD_USER_INPUT', 'NOT_FOUND', 'ok']).toContain(
          response.errors.length === 0 ? 'ok' : errorCode(response),
        );
      }
    },
  );

  it.each([
    ['a javascript: link', '[klikkaa](javascript:alert(1))'],
    ['raw HTML with a handler', '<img src=x onerror=alert(1)>'],
    ['a script tag', '<script>alert(1)</script>'],
    ['an encoded javascript: link', '[x](&#106;avascript:alert(1))'],
  ])('renders %s as harmless text', async (_name, body) => {
    const posted = await t.gql<{ postComment: { bodyHtml: string } }>(
      POST,
      { input: { threadId: fixture.threadIds[0], body } },
      { token },
    );
    expect(posted.errors).toEqual([]);
    expect(findUnsafeHtml(posted.data!.postComment.bodyHtml)).toEqual([]);
  });
});
