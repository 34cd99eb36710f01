import { DEMO_READERS, seedDemoData } from '@lukuhaaste/api/seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo branches seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
    await seedDemoData(t.dataSource);
  });
  afterAll(() => t.close());

  it('adds the Helsinki-area branches once, Finnish names always, Swedish only where set', async () => {
    const response = await t.gql<{ branches: Array<{ slug: string; name: { fi: string; sv: string | null } }> }>(
      '{ branches { slug name { fi sv } } }',
    );
    const branches = response.data?.branches ?? [];
    expect(branches.map((branch) => branch.slug).sort()).toEqual(
      ['entresse', 'itakeskus', 'kallio', 'kauniainen', 'oodi', 'pasila', 'sello', 'tikkurila'].sort(),
    );
    expect(branches.find((branch) => branch.slug === 'kallio')?.name).toEqual({
      fi: 'Kallion kirjasto',
      sv: 'Berghälls bibliotek',
    });
    expect(branches.find((branch) => branch.slug === 'sello')?.name.sv).toBeNull();
  });

  it('gives every demo reader a home branch, so this year’s leaderboard has standings', async () => {
    const [{ without }] = await t.dataSource.query(
      `SELECT count(*)::int AS without FROM users WHERE email = ANY($1) AND home_branch_id IS NULL`,
      [DEMO_READERS.map((reader) => reader.email)],
    );
    expect(without).toBe(0);
    const current = await t.gql<{ currentChallenge: { id: string } }>('{ currentChallenge { id } }');
    const board = await t.gql<{ branchLeaderboard: Array<{ participants: number }> }>(
      'query($id: ID!) { branchLeaderboard(challengeId: $id) { participants } }',
      { id: current.data?.currentChallenge.id },
    );
    const participants = board.data?.branchLeaderboard.reduce((sum, row) => sum + row.participants, 0);
    // The demo readers who joined this year (the demo patron has no home branch).
    const [{ joined }] = await t.dataSource.query(
      `SELECT count(*)::int AS joined FROM participations p JOIN users u ON u.id = p.user_id
        WHERE p.challenge_id = $1 AND u.email = ANY($2)`,
      [current.data?.currentChallenge.id, DEMO_READERS.map((reader) => reader.email)],
    );
    expect(joined).toBeGreaterThan(0);
    expect(participants).toBe(joined);
  });
});
