import { Role } from '@lukuhaaste/api/accounts';
import { createTestBranch, setHomeBranch } from '@lukuhaaste/api/accounts/testing';
import { createTestBook } from '@lukuhaaste/api/books/testing';
import { createTestChallenge, type TestChallenge } from '@lukuhaaste/api/challenges/testing';
import { countQueries } from './support/count-queries';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const STATS = `query($challengeId: ID!, $branchId: ID) {
  challengeStats(challengeId: $challengeId, branchId: $branchId) { online { participants entries } }
}`;

type Figures = { challengeStats: { online: { participants: number; entries: number } } };

/** The statistics cache as deployed (in memory here: no REDIS_URL), with the production TTL. */
describe('challenge statistics, cached', () => {
  let t: TestApp;
  let librarian: string;
  let challenge: TestChallenge;
  let branchId: string;
  let bookId: string;
  beforeAll(async () => {
    t = await startTestApp({ STATS_CACHE_TTL_SECONDS: '60' });
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
    challenge = await createTestChallenge(t.dataSource, { categories: 2 });
    branchId = (await createTestBranch(t.dataSource)).id;
    bookId = (await createTestBook(t.dataSource)).id;
    await join(branchId);
  });
  afterAll(() => t.close());

  const stats = (token?: string, branch?: string) =>
    t.gql<Figures>(STATS, { challengeId: challenge.challenge.id, branchId: branch }, token ? { token } : {});

  /** A patron of `branch` who joins and logs one book. */
  async function join(branch: string | null): Promise<void> {
    const { user } = await t.newUser();
    if (branch) await setHomeBranch(t.dataSource, user.id, branch);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO participations (user_id, challenge_id) VALUES ($1, $2) RETURNING id`,
      [user.id, challenge.challenge.id],
    );
    await t.dataSource.query(
      `INSERT INTO reading_entries (challenge_id, participation_id, book_id, format, finished_on)
       VALUES ($1, $2, $3, 'PRINT', '2026-02-02')`,
      [challenge.challenge.id, id, bookId],
    );
  }

  it('answers from the cache until the TTL passes: later writes do not show, and only the session is read', async () => {
    const first = await stats(librarian);
    expect(first.data?.challengeStats.online).toEqual({ participants: 1, entries: 1 });
    await join(null);
    const { count } = await countQueries(t.dataSource, async () => {
      expect((await stats(librarian)).data).toEqual(first.data);
    });
    expect(count).toBe(1);
  });

  it('keeps each branch filter apart', async () => {
    await stats(librarian);
    await join(branchId);
    // The branch was not asked for yet: its figures are computed now, with both of its patrons.
    expect((await stats(librarian, branchId)).data?.challengeStats.online).toEqual({ participants: 2, entries: 2 });
  });

  it('still checks who asks on every request once the answer is cached', async () => {
    expect((await stats(librarian)).errors).toEqual([]);
    expect(errorCode(await stats())).toBe('UNAUTHENTICATED');
    expect(errorCode(await stats((await t.newUser()).token))).toBe('FORBIDDEN');
    const demoted = await t.newUser(Role.LIBRARIAN);
    expect((await stats(demoted.token)).errors).toEqual([]);
    await t.dataSource.query(`UPDATE users SET role = 'PATRON' WHERE id = $1`, [demoted.user.id]);
    expect(errorCode(await stats(demoted.token))).toBe('FORBIDDEN');
  });

  it('caches no errors: an unknown challenge is NOT_FOUND every time', async () => {
    const unknown = { challengeId: '00000000-0000-4000-8000-000000000000' };
    for (let i = 0; i < 2; i += 1)
      expect(errorCode(await t.gql(STATS, unknown, { token: librarian }))).toBe('NOT_FOUND');
  });
});
