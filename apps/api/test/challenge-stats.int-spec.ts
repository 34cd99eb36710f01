import { Role } from '@lukuhaaste/api/accounts';
import { createTestBranch, setHomeBranch, type TestUser } from '@lukuhaaste/api/accounts/testing';
import { createTestBook } from '@lukuhaaste/api/books/testing';
import { setParticipationProgress } from '@lukuhaaste/api/challenges';
import { createTestChallenge, type TestChallenge } from '@lukuhaaste/api/challenges/testing';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { countQueries } from './support/count-queries';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const STATS = `query($challengeId: ID!, $branchId: ID) {
  challengeStats(challengeId: $challengeId, branchId: $branchId) {
    challengeId branchId
    online {
      participants activeParticipants entries completions
      completedCategoryCounts { completedCategories participants }
      categories { position title { fi } entries }
      formats { print ebook audiobook }
      months { month entries comments }
      topBooks { title authors entries }
      topAuthors { author entries }
    }
  }
}`;
const LEADERBOARD = `query($id: ID!) { branchLeaderboard(challengeId: $id) { branch { id } participants completions } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Format = 'PRINT' | 'EBOOK' | 'AUDIOBOOK';
/** [category position or null for unplaced, book, format, finished on]. */
type Entry = [number | null, string, Format, string];

const fieldsOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.fields;

describe('challenge statistics', () => {
  let t: TestApp;
  let librarian: string;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
  });
  afterAll(() => t.close());

  const stats = (challengeId: string, branchId?: string, token = librarian) =>
    t.gql<{ challengeStats: { challengeId: string; branchId: string | null; online: Record<string, unknown> } }>(
      STATS,
      { challengeId, branchId },
      { token },
    );

  /** A patron who joins `challenge`, logs `entries` (progress kept as the reading context keeps it). */
  async function participant(
    { challenge, categories }: TestChallenge,
    options: { branchId?: string; lastLogin?: string | null; entries?: Entry[] },
  ): Promise<TestUser> {
    const patron = await t.newUser();
    const { user } = patron;
    if (options.branchId) await setHomeBranch(t.dataSource, user.id, options.branchId);
    if (options.lastLogin !== undefined)
      await t.dataSource.query(`UPDATE users SET last_login_at = $2 WHERE id = $1`, [user.id, options.lastLogin]);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO participations (user_id, challenge_id) VALUES ($1, $2) RETURNING id`,
      [user.id, challenge.id],
    );
    const entries = options.entries ?? [];
    for (const [position, bookId, format, finishedOn] of entries) {
      await t.dataSource.query(
        `INSERT INTO reading_entries (challenge_id, participation_id, category_id, book_id, format, finished_on)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [challenge.id, id, position === null ? null : categories[position - 1].id, bookId, format, finishedOn],
      );
    }
    await setParticipationProgress(t.dataSource.manager, id, entries.filter(([position]) => position !== null).length);
    return patron;
  }

  /** A comment in the thread of the challenge's first category, written at `at` (UTC). */
  async function comment({ categories }: TestChallenge, authorId: string, at: string, deleted = false) {
    await t.dataSource.query(
      `INSERT INTO comments (thread_id, author_id, body, body_html, created_at, deleted_at)
       SELECT id, $2, 'Hyvä kirja', '<p>Hyvä kirja</p>', $3, CASE WHEN $4 THEN $3::timestamptz END
         FROM threads WHERE category_id = $1`,
      [categories[0].id, authorId, at, deleted],
    );
  }

  describe('a known distribution', () => {
    let challenge: TestChallenge;
    let oodi: string;
    let kallio: string;
    beforeAll(async () => {
      challenge = await createTestChallenge(t.dataSource, { categories: 3 });
      const elsewhere = await createTestChallenge(t.dataSource, { categories: 1 });
      [oodi, kallio] = [(await createTestBranch(t.dataSource)).id, (await createTestBranch(t.dataSource)).id];
      const x = (await createTestBook(t.dataSource, { title: 'Aapinen', authors: ['Kirjailija Yksi'] })).id;
      const y = (
        await createTestBook(t.dataSource, { title: 'Bambi', authors: ['Kirjailija Kaksi', 'Kirjailija Yksi'] })
      ).id;
      const z = (await createTestBook(t.dataSource, { title: 'Cecilia', authors: ['Kirjailija Kolme'] })).id;
      const w = (await createTestBook(t.dataSource, { title: 'Dyyni', authors: ['Kirjailija Kolme'] })).id;
      const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000).toISOString();

      // Active (logged in now, by the test session), fills all three categories.
      const a = await participant(challenge, {
        branchId: oodi,
        entries: [
          [1, x, 'PRINT', '2026-01-15'],
          [2, y, 'EBOOK', '2026-02-03'],
          [3, z, 'AUDIOBOOK', '2026-02-28'],
        ],
      });
      // Last login 40 days ago; one placed book and one unplaced.
      await participant(challenge, {
        branchId: oodi,
        lastLogin: fortyDaysAgo,
        entries: [
          [1, x, 'PRINT', '2026-01-31'],
          [null, w, 'PRINT', '2026-03-01'],
        ],
      });
      const c = await participant(challenge, {
        branchId: kallio,
        entries: [
          [1, x, 'EBOOK', '2026-02-01'],
          [2, z, 'PRINT', '2026-03-31'],
        ],
      });
      // No home branch, joined only.
      await participant(challenge, {});
      // Joined, then deleted the account the same day: still a participant, no longer active.
      const gone = await participant(challenge, {});
      const deletion = await t.gql(
        'mutation($password: String!) { deleteMyAccount(input: { password: $password }) }',
        { password: gone.password },
        { token: gone.token },
      );
      expect(deletion.errors).toEqual([]);
      // Never logged in since the column exists.
      await participant(challenge, { branchId: kallio, lastLogin: null, entries: [[1, y, 'PRINT', '2026-03-15']] });
      // Someone in another challenge, in Oodi: counts nowhere here.
      const other = await participant(elsewhere, { branchId: oodi, entries: [[1, x, 'AUDIOBOOK', '2026-01-10']] });

      await comment(challenge, a.user.id, '2026-02-10T12:00:00Z');
      await comment(challenge, a.user.id, '2026-01-31T22:30:00Z', true); // 00:30 on Feb 1st in Helsinki; deleted still counts
      await comment(challenge, c.user.id, '2026-04-01T09:00:00Z');
      await comment(elsewhere, other.user.id, '2026-02-10T12:00:00Z');
    });

    it('answers every figure of the whole challenge', async () => {
      const response = await stats(challenge.challenge.id);
      expect(response.errors).toEqual([]);
      expect(response.data?.challengeStats).toEqual({
        challengeId: challenge.challenge.id,
        branchId: null,
        online: {
          participants: 6,
          activeParticipants: 3,
          entries: 8,
          completions: 1,
          completedCategoryCounts: [
            { completedCategories: 0, participants: 2 },
            { completedCategories: 1, participants: 2 },
            { completedCategories: 2, participants: 1 },
            { completedCategories: 3, participants: 1 },
          ],
          categories: [
            { position: 1, title: { fi: 'Haastekohta 1' }, entries: 4 },
            { position: 2, title: { fi: 'Haastekohta 2' }, entries: 2 },
            { position: 3, title: { fi: 'Haastekohta 3' }, entries: 1 },
          ],
          formats: { print: 5, ebook: 2, audiobook: 1 },
          months: [
            { month: '2026-01', entries: 2, comments: 0 },
            { month: '2026-02', entries: 3, comments: 2 },
            { month: '2026-03', entries: 3, comments: 0 },
            { month: '2026-04', entries: 0, comments: 1 },
          ],
          topBooks: [
            { title: 'Aapinen', authors: ['Kirjailija Yksi'], entries: 3 },
            { title: 'Bambi', authors: ['Kirjailija Kaksi', 'Kirjailija Yksi'], entries: 2 },
            { title: 'Cecilia', authors: ['Kirjailija Kolme'], entries: 2 },
            { title: 'Dyyni', authors: ['Kirjailija Kolme'], entries: 1 },
          ],
          topAuthors: [
            { author: 'Kirjailija Yksi', entries: 5 },
            { author: 'Kirjailija Kolme', entries: 3 },
            { author: 'Kirjailija Kaksi', entries: 2 },
          ],
        },
      });
    });

    it('filters by home branch: only its patrons, their entries and their comments', async () => {
      const response = await stats(challenge.challenge.id, oodi);
      expect(response.errors).toEqual([]);
      expect(response.data?.challengeStats).toEqual({
        challengeId: challenge.challenge.id,
        branchId: oodi,
        online: {
          participants: 2,
          activeParticipants: 1,
          entries: 5,
          completions: 1,
          completedCategoryCounts: [
            { completedCategories: 0, participants: 0 },
            { completedCategories: 1, participants: 1 },
            { completedCategories: 2, participants: 0 },
            { completedCategories: 3, participants: 1 },
          ],
          categories: [
            { position: 1, title: { fi: 'Haastekohta 1' }, entries: 2 },
            { position: 2, title: { fi: 'Haastekohta 2' }, entries: 1 },
            { position: 3, title: { fi: 'Haastekohta 3' }, entries: 1 },
          ],
          formats: { print: 3, ebook: 1, audiobook: 1 },
          months: [
            { month: '2026-01', entries: 2, comments: 0 },
            { month: '2026-02', entries: 2, comments: 2 },
            { month: '2026-03', entries: 1, comments: 0 },
          ],
          topBooks: [
            { title: 'Aapinen', authors: ['Kirjailija Yksi'], entries: 2 },
            { title: 'Bambi', authors: ['Kirjailija Kaksi', 'Kirjailija Yksi'], entries: 1 },
            { title: 'Cecilia', authors: ['Kirjailija Kolme'], entries: 1 },
            { title: 'Dyyni', authors: ['Kirjailija Kolme'], entries: 1 },
          ],
          topAuthors: [
            { author: 'Kirjailija Yksi', entries: 3 },
            { author: 'Kirjailija Kolme', entries: 2 },
            { author: 'Kirjailija Kaksi', entries: 1 },
          ],
        },
      });
    });

    it('counts a branch’s participants and completions as its leaderboard row does', async () => {
      const board = await t.gql<{
        branchLeaderboard: Array<{ branch: { id: string }; participants: number; completions: number }>;
      }>(LEADERBOARD, { id: challenge.challenge.id });
      for (const branchId of [oodi, kallio]) {
        const row = board.data?.branchLeaderboard.find((standing) => standing.branch.id === branchId);
        const online = (await stats(challenge.challenge.id, branchId)).data?.challengeStats.online;
        expect({ participants: online?.participants, completions: online?.completions }).toEqual({
          participants: row?.participants,
          completions: row?.completions,
        });
      }
    });

    it('answers zeros and empty lists for a branch with nobody in the challenge', async () => {
      const quiet = await createTestBranch(t.dataSource);
      const online = (await stats(challenge.challenge.id, quiet.id)).data?.challengeStats.online;
      expect(online).toMatchObject({
        participants: 0,
        activeParticipants: 0,
        entries: 0,
        completions: 0,
        formats: { print: 0, ebook: 0, audiobook: 0 },
        months: [],
        topBooks: [],
        topAuthors: [],
      });
      expect(online?.categories).toHaveLength(3);
    });
  });

  it('keeps a deleted account in its home branch: the branch figures and leaderboard stay as they were', async () => {
    const challenge = await createTestChallenge(t.dataSource, { categories: 2 });
    const branch = (await createTestBranch(t.dataSource)).id;
    const book = (await createTestBook(t.dataSource)).id;
    await participant(challenge, { branchId: branch, entries: [[1, book, 'PRINT', '2026-02-02']] });
    const leaving = await participant(challenge, {
      branchId: branch,
      entries: [
        [1, book, 'EBOOK', '2026-03-03'],
        [2, book, 'AUDIOBOOK', '2026-03-04'],
      ],
    });
    const figures = async () => {
      const response = await stats(challenge.challenge.id, branch);
      expect(response.errors).toEqual([]);
      return response.data?.challengeStats.online;
    };
    const standing = async () =>
      (
        await t.gql<{
          branchLeaderboard: Array<{ branch: { id: string }; participants: number; completions: number }>;
        }>(LEADERBOARD, { id: challenge.challenge.id })
      ).data?.branchLeaderboard.find((row) => row.branch.id === branch);
    const [before, standingBefore] = [await figures(), await standing()];

    const deletion = await t.gql(
      'mutation($password: String!) { deleteMyAccount(input: { password: $password }) }',
      { password: leaving.password },
      { token: leaving.token },
    );
    expect(deletion.errors).toEqual([]);

    // Only activity changes: a tombstone never logs in again.
    expect(await figures()).toEqual({ ...before, activeParticipants: (before?.activeParticipants as number) - 1 });
    expect(await standing()).toEqual(standingBefore);
    const [tombstone] = await t.dataSource.query(
      `SELECT u.home_branch_id, u.email, u.password_hash FROM users u JOIN account_deletions d ON d.user_id = u.id
        WHERE u.id = $1`,
      [leaving.user.id],
    );
    expect(tombstone).toEqual({
      home_branch_id: branch,
      email: `deleted-${leaving.user.id}@deleted.invalid`,
      password_hash: null,
    });
  });

  it('stamps last_login_at when a patron logs in (the figure behind active participants)', async () => {
    const { user, password } = await t.newUser();
    await t.dataSource.query(`UPDATE users SET last_login_at = NULL WHERE id = $1`, [user.id]);
    const login = await t.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email: user.email, password },
    });
    expect(login.errors).toEqual([]);
    const [{ stamped }] = await t.dataSource.query(
      `SELECT last_login_at > now() - interval '1 minute' AS stamped FROM users WHERE id = $1`,
      [user.id],
    );
    expect(stamped).toBe(true);
  });

  it('reads everything in one statement after the session, however much there is', async () => {
    const challenge = await createTestChallenge(t.dataSource, { categories: 2 });
    const branch = await createTestBranch(t.dataSource);
    const count = async (branchId?: string) =>
      (await countQueries(t.dataSource, () => stats(challenge.challenge.id, branchId))).count;
    const before = [await count(), await count(branch.id)];
    const book = await createTestBook(t.dataSource);
    for (let i = 0; i < 4; i += 1)
      await participant(challenge, { branchId: branch.id, entries: [[1, book.id, 'EBOOK', '2026-05-05']] });
    expect([await count(), await count(branch.id)]).toEqual(before);
    expect(before).toEqual([2, 2]);
  });

  describe('bad input', () => {
    let challengeId: string;
    beforeAll(async () => {
      challengeId = (await createTestChallenge(t.dataSource)).challenge.id;
    });

    it('answers NOT_FOUND for an unknown challenge', async () => {
      expect(errorCode(await stats(UNKNOWN))).toBe('NOT_FOUND');
    });

    it('rejects an unknown branch on the branchId field', async () => {
      const response = await stats(challengeId, UNKNOWN);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)).toEqual([{ field: 'branchId', code: 'INVALID_VALUE' }]);
    });

    it.each(loadHostileStrings().map((value) => [value.slice(0, 30), value]))(
      'rejects the hostile id %j on its field',
      async (_label, value) => {
        const asChallenge = await stats(value);
        expect(errorCode(asChallenge)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(asChallenge)).toEqual([{ field: 'challengeId', code: 'INVALID_VALUE' }]);
        const asBranch = await stats(challengeId, value);
        expect(errorCode(asBranch)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(asBranch)).toEqual([{ field: 'branchId', code: 'INVALID_VALUE' }]);
      },
    );
  });

  describe('who may see them', () => {
    describeAuthorizationMatrix(() => t, {
      challengeStats: {
        operation: `query($id: ID!) { challengeStats(challengeId: $id) { online { participants } } }`,
        variables: async (app) => ({ id: (await createTestChallenge(app.dataSource)).challenge.id }),
        expected: {
          anonymous: 'UNAUTHENTICATED',
          patron: 'FORBIDDEN',
          librarian: 'ok',
          admin: 'ok',
          suspended: 'FORBIDDEN',
        },
      },
    });
  });
});
