import { Role } from '@lukuhaaste/api/accounts';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { errorCode } from './support/graphql-client';
import {
  insertDiscussion,
  postOk,
  resetRateLimits,
  suspend,
  type DiscussionFixture,
} from './support/discussion-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

type Actor = 'anonymous' | 'author' | 'otherPatron' | 'suspended' | 'librarian' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'author', 'otherPatron', 'suspended', 'librarian', 'admin'];

/** A fresh target per row: a thread (published or draft) with one comment by its author. */
interface Target {
  challengeId: string;
  categoryId: string;
  threadId: string;
  commentId: string;
  authorToken: string;
}

interface MatrixCase {
  query: string;
  variables: (target: Target) => Record<string, unknown>;
  draft?: boolean;
  expected: Record<Actor, string>;
}

const everyone = { anonymous: 'ok', author: 'ok', otherPatron: 'ok', suspended: 'ok', librarian: 'ok', admin: 'ok' };
const writers = { ...everyone, anonymous: 'UNAUTHENTICATED', suspended: 'FORBIDDEN' };
const authorOnly = { ...writers, otherPatron: 'FORBIDDEN', librarian: 'FORBIDDEN', admin: 'FORBIDDEN' };
const staffOnly = {
  anonymous: 'NOT_FOUND',
  author: 'NOT_FOUND',
  otherPatron: 'NOT_FOUND',
  suspended: 'NOT_FOUND',
  librarian: 'ok',
  admin: 'ok',
};

/**
 * Who may do what in discussions: anonymous visitors read published
 * challenges' threads; writing needs a login and no suspension; editing and
 * deleting are the author's alone (staff hide instead); a draft challenge's
 * threads exist only for staff. The author row is the comment's author.
 */
describe('discussion authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetRateLimits(t.dataSource));

  // One challenge of each kind (published ones need a year of their own); a fresh comment per row.
  let published: DiscussionFixture;
  let draft: DiscussionFixture;
  beforeAll(async () => {
    published = await insertDiscussion(t.dataSource, { categories: 1 });
    draft = await insertDiscussion(t.dataSource, { categories: 1, status: ChallengeStatus.DRAFT });
  });

  async function newTarget(inDraft: boolean): Promise<Target> {
    const fixture = inDraft ? draft : published;
    const author = await t.newUser();
    const threadId = fixture.threadIds[0]!;
    // A draft's thread takes comments only from staff; the author is then given the comment directly.
    const poster = inDraft ? (await t.newUser(Role.LIBRARIAN)).token : author.token;
    const comment = await postOk(t, poster, { threadId, body: 'Kohde' });
    if (inDraft)
      await t.dataSource.query(`UPDATE comments SET author_id = $1 WHERE id = $2`, [author.user.id, comment.id]);
    return {
      challengeId: fixture.challengeId,
      categoryId: fixture.categoryIds[0]!,
      threadId,
      commentId: comment.id,
      authorToken: author.token,
    };
  }

  async function tokenFor(actor: Actor, target: Target): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined;
    if (actor === 'author') return target.authorToken;
    const role = actor === 'librarian' ? Role.LIBRARIAN : actor === 'admin' ? Role.ADMIN : Role.PATRON;
    const user = await t.newUser(role);
    if (actor === 'suspended') await suspend(t.dataSource, user.user.id);
    return user.token;
  }

  const cases: Record<string, MatrixCase> = {
    threads: {
      query: 'query($id: ID!) { threads(challengeId: $id) { totalCount edges { node { id viewerCanPost } } } }',
      variables: (target) => ({ id: target.challengeId }),
      expected: everyone,
    },
    thread: {
      query: 'query($id: ID!) { thread(id: $id) { id viewerCanPost } }',
      variables: (target) => ({ id: target.threadId }),
      expected: everyone,
    },
    categoryThread: {
      query: 'query($id: ID!) { categoryThread(categoryId: $id) { id } }',
      variables: (target) => ({ id: target.categoryId }),
      expected: everyone,
    },
    comments: {
      query: `query($id: ID!) { comments(threadId: $id) { edges { node {
        id body bodyHtml author { id } reactions { kind } replies { id } viewerCanEdit viewerCanReport } } } }`,
      variables: (target) => ({ id: target.threadId }),
      expected: everyone,
    },
    startThread: {
      query: 'mutation($id: ID!) { startThread(input: { challengeId: $id, title: "Uusi ketju", body: "Hei" }) { id } }',
      variables: (target) => ({ id: target.challengeId }),
      expected: writers,
    },
    postComment: {
      query: 'mutation($id: ID!) { postComment(input: { threadId: $id, body: "Hei" }) { id } }',
      variables: (target) => ({ id: target.threadId }),
      expected: writers,
    },
    reply: {
      query:
        'mutation($id: ID!, $parentId: ID!) { postComment(input: { threadId: $id, parentId: $parentId, body: "Vastaus" }) { id } }',
      variables: (target) => ({ id: target.threadId, parentId: target.commentId }),
      expected: writers,
    },
    editComment: {
      query: 'mutation($id: ID!) { editComment(id: $id, input: { body: "Muokattu" }) { id } }',
      variables: (target) => ({ id: target.commentId }),
      expected: authorOnly,
    },
    deleteComment: {
      query: 'mutation($id: ID!) { deleteComment(id: $id) { id } }',
      variables: (target) => ({ id: target.commentId }),
      expected: authorOnly,
    },
    react: {
      query: 'mutation($id: ID!) { react(commentId: $id, kind: LIKE) { id } }',
      variables: (target) => ({ id: target.commentId }),
      expected: writers,
    },
    unreact: {
      query: 'mutation($id: ID!) { unreact(commentId: $id, kind: LIKE) { id } }',
      variables: (target) => ({ id: target.commentId }),
      expected: writers,
    },
    previewMarkdown: {
      query: 'mutation { previewMarkdown(body: "**Esikatselu**") }',
      variables: () => ({}),
      expected: { ...everyone, anonymous: 'UNAUTHENTICATED' },
    },
    'thread of a draft challenge': {
      query: 'query($id: ID!) { thread(id: $id) { id } }',
      variables: (target) => ({ id: target.threadId }),
      draft: true,
      expected: staffOnly,
    },
    'threads of a draft challenge': {
      query: 'query($id: ID!) { threads(challengeId: $id) { totalCount } }',
      variables: (target) => ({ id: target.challengeId }),
      draft: true,
      expected: staffOnly,
    },
    'comments of a draft challenge': {
      query: 'query($id: ID!) { comments(threadId: $id) { totalCount } }',
      variables: (target) => ({ id: target.threadId }),
      draft: true,
      expected: staffOnly,
    },
    'postComment in a draft challenge': {
      query: 'mutation($id: ID!) { postComment(input: { threadId: $id, body: "Hei" }) { id } }',
      variables: (target) => ({ id: target.threadId }),
      draft: true,
      expected: { ...staffOnly, anonymous: 'UNAUTHENTICATED', suspended: 'FORBIDDEN' },
    },
    'react in a draft challenge': {
      query: 'mutation($id: ID!) { react(commentId: $id, kind: WOW) { id } }',
      variables: (target) => ({ id: target.commentId }),
      draft: true,
      expected: { ...staffOnly, anonymous: 'UNAUTHENTICATED', suspended: 'FORBIDDEN' },
    },
  };

  for (const [name, matrixCase] of Object.entries(cases)) {
    describe(name, () => {
      for (const actor of ACTORS) {
        it(`${actor} → ${matrixCase.expected[actor]}`, async () => {
          const target = await newTarget(matrixCase.draft ?? false);
          const token = await tokenFor(actor, target);
          const response = await t.gql(matrixCase.query, matrixCase.variables(target), { token });
          expect(response.errors.length === 0 ? 'ok' : errorCode(response)).toBe(matrixCase.expected[actor]);
        });
      }
    });
  }
});
