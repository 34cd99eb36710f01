import { createTestBook } from '@lukuhaaste/api/books/testing';
import { countQueries } from './support/count-queries';
import { insertDiscussion, postComment, type DiscussionFixture } from './support/discussion-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const PAGE = `query($threadId: ID!, $first: Int) {
  comments(threadId: $threadId, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id body bodyHtml containsSpoilers createdAt editedAt deletedAt hiddenAt hiddenReason rating replyCount
      viewerCanEdit viewerCanDelete viewerCanReport
      author { id displayName } book { id title authors }
      reactions { kind count reactedByMe }
      replies {
        id body bodyHtml rating author { id displayName } book { id title }
        reactions { kind count reactedByMe } viewerCanEdit viewerCanReport
      }
    } }
  }
}`;
const REACT = `mutation($commentId: ID!, $kind: ReactionKind!) { react(commentId: $commentId, kind: $kind) { id } }`;

/** Exact counts under concurrency, and a constant number of SQL statements per comments page. */
describe('discussion consistency and query counts', () => {
  let t: TestApp;
  let fixture: DiscussionFixture;
  beforeAll(async () => {
    t = await startTestApp();
    fixture = await insertDiscussion(t.dataSource, { categories: 3 });
  });
  afterAll(() => t.close());

  it('keeps commentCount exact when 30 patrons post into one thread at once', async () => {
    const threadId = fixture.threadIds[0]!;
    const users = await Promise.all(Array.from({ length: 30 }, () => t.newUser()));
    const responses = await Promise.all(
      users.map((user, index) => postComment(t, user.token, { threadId, body: `Rinnakkain ${index}` })),
    );
    expect(responses.flatMap((response) => response.errors)).toEqual([]);
    const [{ comment_count, rows }] = await t.dataSource.query(
      `SELECT comment_count, (SELECT count(*)::int FROM comments WHERE thread_id = $1) AS rows FROM threads WHERE id = $1`,
      [threadId],
    );
    expect(comment_count).toBe(30);
    expect(rows).toBe(30);
  });

  it('counts 50 parallel reactions on one comment exactly (repeated kinds are one row)', async () => {
    const users = await Promise.all(Array.from({ length: 25 }, () => t.newUser()));
    const author = await t.newUser();
    const posted = await postComment(t, author.token, { threadId: fixture.threadIds[1], body: 'Reagoikaa' });
    const commentId = posted.data!.postComment.id;
    // Every user taps LIKE; odd ones also LOVE, even ones LIKE a second time.
    const responses = await Promise.all(
      users.flatMap((user, index) => [
        t.gql(REACT, { commentId, kind: 'LIKE' }, { token: user.token }),
        t.gql(REACT, { commentId, kind: index % 2 === 1 ? 'LOVE' : 'LIKE' }, { token: user.token }),
      ]),
    );
    expect(responses.flatMap((response) => response.errors)).toEqual([]);
    const rows: Array<{ kind: string; count: number }> = await t.dataSource.query(
      `SELECT kind, count(*)::int AS count FROM comment_reactions WHERE comment_id = $1 GROUP BY kind ORDER BY kind`,
      [commentId],
    );
    expect(rows).toEqual([
      { kind: 'LIKE', count: 25 },
      { kind: 'LOVE', count: 12 },
    ]);
    const page = await t.gql<{ comments: { edges: Array<{ node: { id: string; reactions: unknown[] } }> } }>(PAGE, {
      threadId: fixture.threadIds[1],
    });
    expect(page.data?.comments.edges.find((edge) => edge.node.id === commentId)?.node.reactions).toEqual([
      { kind: 'LIKE', count: 25, reactedByMe: false },
      { kind: 'LOVE', count: 12, reactedByMe: false },
    ]);
  });

  /** N top-level comments by different authors, each with two replies, reactions (some mine) and a book. */
  async function seedThread(threadId: string, topLevel: number, viewerId: string): Promise<void> {
    const book = await createTestBook(t.dataSource);
    const authors = await Promise.all(Array.from({ length: 4 }, () => t.newUser()));
    const authorIds = authors.map((author) => author.user.id);
    await t.dataSource.query(
      `WITH tops AS (
         INSERT INTO comments (thread_id, author_id, body, body_html, book_id, created_at)
         SELECT $1, ($3::uuid[])[1 + i % 4], 'Kommentti ' || i, '<p>Kommentti ' || i || '</p>', $4,
                now() + i * interval '1 second'
           FROM generate_series(1, $2) AS i
         RETURNING id, created_at, author_id)
       INSERT INTO comments (thread_id, parent_id, author_id, body, body_html, book_id, created_at)
       SELECT $1, tops.id, ($3::uuid[])[1 + r % 4], 'Vastaus', '<p>Vastaus</p>', $4, tops.created_at + r * interval '1 ms'
         FROM tops, generate_series(1, 2) AS r`,
      [threadId, topLevel, authorIds, book.id],
    );
    await t.dataSource.query(
      `INSERT INTO comment_reactions (comment_id, user_id, kind)
       SELECT c.id, u.id, k.kind::reaction_kind
         FROM comments AS c, unnest($2::uuid[]) AS u(id), unnest(ARRAY['LIKE', 'WOW']) AS k(kind)
        WHERE c.thread_id = $1`,
      [threadId, [viewerId, ...authorIds.slice(0, 2)]],
    );
  }

  it('serves a comments page in the same small number of statements for 5 and for 40 comments', async () => {
    const viewer = await t.newUser();
    const small = await insertDiscussion(t.dataSource, { categories: 2 });
    await seedThread(small.threadIds[0]!, 5, viewer.user.id);
    await seedThread(small.threadIds[1]!, 40, viewer.user.id);

    const run = (threadId: string, first: number) =>
      countQueries(t.dataSource, async () => {
        const response = await t.gql<{ comments: { edges: Array<{ node: { replies: unknown[]; book: unknown } }> } }>(
          PAGE,
          { threadId, first },
          { token: viewer.token },
        );
        expect(response.errors).toEqual([]);
        expect(response.data?.comments.edges).toHaveLength(first);
        expect(response.data?.comments.edges.every((edge) => edge.node.replies.length === 2 && edge.node.book)).toBe(
          true,
        );
      });
    const five = await run(small.threadIds[0]!, 5);
    const forty = await run(small.threadIds[1]!, 40);
    expect(forty.count).toBe(five.count);
    // Session, thread, the page with its replies and count, then one batch each (both levels) of authors, books, reactions.
    expect(forty.count).toBe(6);
  });

  it('lists threads in the same number of statements for 5 and for 40 threads', async () => {
    const challenge = await insertDiscussion(t.dataSource, { categories: 45 });
    const viewer = await t.newUser();
    const LIST = `query($id: ID!, $first: Int) { threads(challengeId: $id, first: $first) {
      totalCount edges { node { id kind title commentCount viewerCanPost category { id position title { fi } } author { id } } }
    } }`;
    const run = (first: number) =>
      countQueries(t.dataSource, async () => {
        const response = await t.gql<{ threads: { edges: unknown[] } }>(
          LIST,
          { id: challenge.challengeId, first },
          { token: viewer.token },
        );
        expect(response.data?.threads.edges).toHaveLength(first);
      });
    const [five, forty] = [await run(5), await run(40)];
    expect(forty.count).toBe(five.count);
    // Session, challenge, page, count, categories (category threads have no author to load).
    expect(forty.count).toBe(5);
  });
});
