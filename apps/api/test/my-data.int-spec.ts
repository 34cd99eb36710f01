import { Role } from '@lukuhaaste/api/accounts';
import { TEST_PASSWORD, type TestUser } from '@lukuhaaste/api/accounts/testing';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { postOk, resetRateLimits, suspend } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import { HIDE_COMMENT, MODERATION_LOG, REPORT, staffOk } from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const EXPORT = `mutation { exportMyData { json entriesCsv exportedAt } }`;
const DELETE = `mutation($password: String!) { deleteMyAccount(input: { password: $password }) }`;
const LOG = `mutation($input: LogReadingInput!) { logReading(input: $input) { id book { id } } }`;
const FLAG = `mutation($bookId: ID!) { flagBook(bookId: $bookId, reason: WRONG_TITLE, note: "Nimi väärin") { id } }`;
const REACT = `mutation($commentId: ID!) { react(commentId: $commentId, kind: LIKE) { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const ME = `{ me { id } }`;

/** A review that needs CSV quoting and would run as a formula in a spreadsheet. */
const HOSTILE_REVIEW = '=HYPERLINK("http://evil.example","Klikkaa"), sanoi hän\nToinen rivi';

interface Export {
  exportMyData: { json: string; entriesCsv: string; exportedAt: string };
}
type Row = Record<string, unknown>;
interface ExportDocument {
  profile: Row;
  participations: Row[];
  readingEntries: Row[];
  comments: Row[];
  reactions: Row[];
  reports: Row[];
  notifications: Row[];
  categorySuggestions: Row[];
  suggestionVotes: Row[];
  bookFlags: Row[];
}

describe('my data: export and account deletion', () => {
  let t: TestApp;
  let challengeId: string;
  let categoryIds: string[];
  let threadId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const { challenge, categories } = await createTestChallenge(t.dataSource, { year: 2026, categories: 3 });
    challengeId = challenge.id;
    categoryIds = categories.map((category) => category.id);
    const [thread]: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM threads WHERE category_id = $1`, [
      categoryIds[0],
    ]);
    threadId = thread.id;
    // Some other admin, so staff here may delete themselves unless a test says otherwise.
    await t.newUser(Role.ADMIN);
  });
  afterAll(() => t.close());
  beforeEach(() => resetRateLimits(t.dataSource));

  /** A reader with an entry, a comment that got a reply, a reaction and a report on someone else's comment. */
  async function activeReader(neighbour: TestUser, role = Role.PATRON) {
    const reader = await t.newUser(role);
    const logged = await t.gql<{ logReading: { book: { id: string } } }>(
      LOG,
      {
        input: {
          challengeId,
          categoryId: categoryIds[0],
          newBook: { title: `Kirja ${reader.user.id}`, authors: ['Tove Jansson'] },
          finishedOn: '2026-03-01',
          rating: 4,
          review: HOSTILE_REVIEW,
        },
      },
      { token: reader.token },
    );
    expect(logged.errors).toEqual([]);
    const flagged = await t.gql(FLAG, { bookId: logged.data?.logReading.book.id }, { token: reader.token });
    expect(flagged.errors).toEqual([]);
    const mine = await postOk(t, reader.token, { threadId, body: `Oma kommentti ${reader.user.id}` });
    await postOk(t, neighbour.token, { threadId, parentId: mine.id, body: 'Vastaus sinulle' });
    const theirs = await postOk(t, neighbour.token, { threadId, body: 'Naapurin kommentti' });
    expect((await t.gql(REACT, { commentId: theirs.id }, { token: reader.token })).errors).toEqual([]);
    expect((await t.gql(REACT, { commentId: mine.id }, { token: neighbour.token })).errors).toEqual([]);
    const reported = await t.gql(
      REPORT,
      { input: { commentId: theirs.id, reason: 'OTHER', note: 'Minun muistiinpanoni' } },
      { token: reader.token },
    );
    expect(reported.errors).toEqual([]);
    return { reader, mine, theirs };
  }

  async function exportOf(token: string) {
    const response = await t.gql<Export>(EXPORT, {}, { token });
    expect(response.errors).toEqual([]);
    const result = response.data?.exportMyData as Export['exportMyData'];
    return { ...result, document: JSON.parse(result.json) as ExportDocument };
  }

  describe('exportMyData', () => {
    it('has every section with my data and none of another patron’s', async () => {
      const neighbour = await t.newUser();
      const { reader, mine, theirs } = await activeReader(neighbour);
      const other = await activeReader(await t.newUser());

      const { document } = await exportOf(reader.token);
      expect(document.profile).toMatchObject({ id: reader.user.id, email: reader.user.email, role: 'PATRON' });
      expect(document.participations).toEqual([expect.objectContaining({ completedCount: 1 })]);
      expect(document.readingEntries).toEqual([
        expect.objectContaining({
          category: 'Haastekohta 1',
          rating: 4,
          review: HOSTILE_REVIEW,
          authors: ['Tove Jansson'],
        }),
      ]);
      expect(document.comments.map((comment) => comment['id'])).toEqual([mine.id]);
      expect(document.reactions).toEqual([expect.objectContaining({ commentId: theirs.id, kind: 'LIKE' })]);
      expect(document.reports).toEqual([
        expect.objectContaining({ commentId: theirs.id, note: 'Minun muistiinpanoni' }),
      ]);
      expect(document.notifications).toEqual([expect.objectContaining({ kind: 'REPLY', threadId })]);
      expect(document.bookFlags).toEqual([expect.objectContaining({ reason: 'WRONG_TITLE', note: 'Nimi väärin' })]);

      const json = JSON.stringify(document);
      for (const foreign of [other.reader.user.id, other.mine.id, neighbour.user.email, other.reader.user.email]) {
        expect(json).not.toContain(foreign);
      }
    });

    it('gives the entries as CSV: BOM, RFC 4180 quoting and formula cells defused', async () => {
      const { reader } = await activeReader(await t.newUser());
      const { entriesCsv } = await exportOf(reader.token);
      expect(
        entriesCsv.startsWith(
          '\uFEFFchallenge,category,title,authors,isbn13,format,finishedOn,rating,review,containsSpoilers\r\n',
        ),
      ).toBe(true);
      expect(entriesCsv).toContain(
        `,Tove Jansson,,PRINT,2026-03-01,4,"'=HYPERLINK(""http://evil.example"",""Klikkaa""), sanoi hän\nToinen rivi",false\r\n`,
      );
      expect(entriesCsv.split('\r\n')).toHaveLength(3);
    });

    it('works for a suspended patron: data rights do not depend on suspension', async () => {
      const { reader } = await activeReader(await t.newUser());
      await suspend(t.dataSource, reader.user.id);
      const { document } = await exportOf(reader.token);
      expect(document.profile).toMatchObject({ suspensionReason: 'Testi' });
    });

    it('refuses anonymous callers', async () => {
      expect(errorCode(await t.gql(EXPORT))).toBe('UNAUTHENTICATED');
    });
  });

  describe('deleteMyAccount', () => {
    const count = async (sql: string, params: unknown[]) =>
      ((await t.dataSource.query(sql, params)) as Array<{ n: number }>)[0].n;

    it('refuses a wrong password on the password field and changes nothing', async () => {
      const { reader } = await activeReader(await t.newUser());
      const response = await t.gql(DELETE, { password: 'not my password' }, { token: reader.token });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors[0]?.extensions?.fields).toEqual([{ field: 'password', code: 'WRONG_PASSWORD' }]);
      expect((await t.gql<{ me: { id: string } }>(ME, {}, { token: reader.token })).data?.me?.id).toBe(reader.user.id);
    });

    it('counts wrong passwords like login guesses', async () => {
      const reader = await t.newUser();
      for (let attempt = 0; attempt < 10; attempt += 1) {
        expect(errorCode(await t.gql(DELETE, { password: 'guess' }, { token: reader.token }))).toBe('BAD_USER_INPUT');
      }
      const limited = await t.gql(DELETE, { password: TEST_PASSWORD }, { token: reader.token });
      expect(errorCode(limited)).toBe('RATE_LIMITED');
    });

    it('erases every personal field, keeps the counts and makes login impossible', async () => {
      const neighbour = await t.newUser();
      const { reader, mine, theirs } = await activeReader(neighbour);
      const id = reader.user.id;
      const before = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM participations WHERE challenge_id = $1) AS participants,
                (SELECT count(*)::int FROM reading_entries WHERE challenge_id = $1) AS entries,
                (SELECT completed_count FROM participations WHERE user_id = $2) AS completed,
                (SELECT comment_count FROM threads WHERE id = $3) AS comments,
                (SELECT count(*)::int FROM comment_reactions WHERE comment_id = $4) AS reactions_on_mine`,
        [challengeId, id, threadId, mine.id],
      );

      const response = await t.gql<{ deleteMyAccount: boolean }>(
        DELETE,
        { password: TEST_PASSWORD },
        { token: reader.token },
      );
      expect(response.errors).toEqual([]);
      expect(response.data?.deleteMyAccount).toBe(true);
      expect(response.headers.get('set-cookie')).toMatch(/^lh_session=;/);

      const [user] = await t.dataSource.query(
        `SELECT u.email, u.display_name, u.password_hash, u.role, d.deleted_at
           FROM users AS u LEFT JOIN account_deletions AS d ON d.user_id = u.id WHERE u.id = $1`,
        [id],
      );
      expect(user).toMatchObject({
        email: `deleted-${id}@deleted.invalid`,
        display_name: `Former reader ${id.replaceAll('-', '').slice(0, 4)}`,
        password_hash: null,
        role: 'PATRON',
      });
      expect(user.deleted_at).toBeInstanceOf(Date);
      expect(await count(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [id])).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [id])).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM comment_reactions WHERE user_id = $1`, [id])).toBe(0);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM reading_entries AS e JOIN participations AS p ON p.id = e.participation_id
            WHERE p.user_id = $1 AND e.review IS NOT NULL`,
          [id],
        ),
      ).toBe(0);
      expect(
        await t.dataSource.query(
          `SELECT body, body_html, deleted_at IS NOT NULL AS deleted FROM comments WHERE id = $1`,
          [mine.id],
        ),
      ).toEqual([{ body: '', body_html: '', deleted: true }]);
      expect(await t.dataSource.query(`SELECT note FROM reports WHERE reporter_id = $1`, [id])).toEqual([
        { note: null },
      ]);
      expect(
        await count(`SELECT count(*)::int AS n FROM comments WHERE id = $1 AND deleted_at IS NULL`, [theirs.id]),
      ).toBe(1);

      const after = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM participations WHERE challenge_id = $1) AS participants,
                (SELECT count(*)::int FROM reading_entries WHERE challenge_id = $1) AS entries,
                (SELECT completed_count FROM participations WHERE user_id = $2) AS completed,
                (SELECT comment_count FROM threads WHERE id = $3) AS comments,
                (SELECT count(*)::int FROM comment_reactions WHERE comment_id = $4) AS reactions_on_mine`,
        [challengeId, id, threadId, mine.id],
      );
      // Statistics keep the reader; the thread counts one live comment fewer, as when its author deletes it.
      expect(after[0]).toEqual({ ...before[0], comments: before[0].comments - 1 });

      expect((await t.gql<{ me: unknown }>(ME, {}, { token: reader.token })).data?.me).toBeNull();
      const login = await t.gql(LOGIN, { input: { email: reader.user.email, password: TEST_PASSWORD } });
      expect(errorCode(login)).toBe('UNAUTHENTICATED');
    });

    it('keeps the moderation log of a deleted librarian, under a pseudonym', async () => {
      const librarian = await t.newUser(Role.LIBRARIAN);
      const author = await t.newUser();
      const comment = await postOk(t, author.token, { threadId, body: 'Piilotettava' });
      await staffOk(t, librarian.token, HIDE_COMMENT, { id: comment.id, reason: 'Asiaton' });
      expect((await t.gql(DELETE, { password: TEST_PASSWORD }, { token: librarian.token })).errors).toEqual([]);

      const admin = await t.newUser(Role.ADMIN);
      const log = await t.gql<{
        moderationLog: { edges: Array<{ node: { action: string; reason: string; moderator: { id: string } | null } }> };
      }>(
        MODERATION_LOG.replace('moderator { id }', 'moderator { id displayName }'),
        { moderatorId: librarian.user.id },
        { token: admin.token },
      );
      expect(log.errors).toEqual([]);
      expect(log.data?.moderationLog.edges.map((edge) => edge.node)).toEqual([
        expect.objectContaining({
          action: 'HIDE',
          reason: 'Asiaton',
          moderator: {
            id: librarian.user.id,
            displayName: `Moderator ${librarian.user.id.replaceAll('-', '').slice(0, 4)}`,
          },
        }),
      ]);
    });

    it('refuses the last admin with CONFLICT, and lets an admin go when another remains', async () => {
      const last = await t.newUser(Role.ADMIN);
      await t.dataSource.query(`UPDATE users SET role = 'LIBRARIAN' WHERE role = 'ADMIN' AND id <> $1`, [last.user.id]);
      const refused = await t.gql(DELETE, { password: TEST_PASSWORD }, { token: last.token });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors[0]?.extensions?.['reason']).toBe('LAST_ADMIN');
      expect(await count(`SELECT count(*)::int AS n FROM account_deletions WHERE user_id = $1`, [last.user.id])).toBe(
        0,
      );

      await t.newUser(Role.ADMIN);
      expect((await t.gql(DELETE, { password: TEST_PASSWORD }, { token: last.token })).errors).toEqual([]);
    });

    it('lets a suspended patron delete their account', async () => {
      const { reader } = await activeReader(await t.newUser());
      await suspend(t.dataSource, reader.user.id);
      expect((await t.gql(DELETE, { password: TEST_PASSWORD }, { token: reader.token })).errors).toEqual([]);
      expect(
        await t.dataSource.query(`SELECT suspended_until, suspension_reason FROM users WHERE id = $1`, [
          reader.user.id,
        ]),
      ).toEqual([{ suspended_until: null, suspension_reason: null }]);
    });

    it('refuses anonymous callers', async () => {
      expect(errorCode(await t.gql(DELETE, { password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    });
  });
});
