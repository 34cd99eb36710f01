import { Role } from '@lukuhaaste/api/accounts';
import { createTestBranch } from '@lukuhaaste/api/accounts/testing';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Branches are managed by admins only: librarians run challenges and
 * moderation, while the list of library branches is organisation data that
 * changes a few times a year. Everyone reads the list and the leaderboard.
 */
describe('branches authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const everyone = { anonymous: 'ok', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const signedIn = {
    anonymous: 'UNAUTHENTICATED',
    patron: 'ok',
    librarian: 'ok',
    admin: 'ok',
    suspended: 'ok',
  } as const;
  const admins = {
    anonymous: 'UNAUTHENTICATED',
    patron: 'FORBIDDEN',
    librarian: 'FORBIDDEN',
    admin: 'ok',
    suspended: 'FORBIDDEN',
  } as const;

  let year = 2000;
  const challengeWith = async (status: ChallengeStatus) =>
    (await createTestChallenge(t.dataSource, { status, year: (year += 1) })).challenge;
  const branchId = async () => (await createTestBranch(t.dataSource)).id;

  describeAuthorizationMatrix(() => t, {
    branches: { operation: '{ branches { id slug name { fi } } }', expected: everyone },
    'branchLeaderboard of a published challenge': {
      operation: 'query($id: ID!) { branchLeaderboard(challengeId: $id) { participants } }',
      variables: async () => ({ id: (await challengeWith(ChallengeStatus.PUBLISHED)).id }),
      expected: everyone,
    },
    'branchLeaderboard of an archived challenge': {
      operation: 'query($id: ID!) { branchLeaderboard(challengeId: $id) { participants } }',
      variables: async () => ({ id: (await challengeWith(ChallengeStatus.ARCHIVED)).id }),
      expected: everyone,
    },
    createBranch: {
      operation: 'mutation($slug: String!) { createBranch(input: { slug: $slug, name: { fi: "Kirjasto" } }) { id } }',
      variables: async () => ({ slug: `matrix-${Math.random().toString(36).slice(2, 10)}` }),
      expected: admins,
    },
    updateBranch: {
      operation: 'mutation($id: ID!) { updateBranch(id: $id, input: { name: { fi: "Uusi nimi" } }) { id } }',
      variables: async () => ({ id: await branchId() }),
      expected: admins,
    },
    deleteBranch: {
      operation: 'mutation($id: ID!) { deleteBranch(id: $id) { id } }',
      variables: async () => ({ id: await branchId() }),
      expected: admins,
    },
    'updateProfile with a home branch': {
      operation: 'mutation($id: ID) { updateProfile(input: { homeBranchId: $id }) { homeBranch { id } } }',
      variables: async () => ({ id: await branchId() }),
      expected: signedIn,
    },
  });

  it('hides a draft’s leaderboard from everyone but staff', async () => {
    const draft = await challengeWith(ChallengeStatus.DRAFT);
    const query = 'query($id: ID!) { branchLeaderboard(challengeId: $id) { participants } }';
    const codes: Record<string, string | undefined> = {};
    for (const [actor, token] of [
      ['anonymous', undefined],
      ['patron', (await t.newUser()).token],
      ['librarian', (await t.newUser(Role.LIBRARIAN)).token],
      ['admin', (await t.newUser(Role.ADMIN)).token],
    ] as const) {
      const response = await t.gql(query, { id: draft.id }, { token });
      codes[actor] = response.errors[0]?.extensions?.code ?? 'ok';
    }
    expect(codes).toEqual({ anonymous: 'NOT_FOUND', patron: 'NOT_FOUND', librarian: 'ok', admin: 'ok' });
  });
});
