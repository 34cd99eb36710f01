import { Role } from '@lukuhaaste/api/accounts';
import { createTestBranch } from '@lukuhaaste/api/accounts/testing';
import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const HOSTILE = loadHostileStrings();
const label = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length} chars)` : value);
const cases = HOSTILE.map((value) => [label(value), value]);

/** Branch texts are stored exactly (trimmed) or rejected with BAD_USER_INPUT — never a 500. */
describe('branches with hostile input', () => {
  let t: TestApp;
  let admin: string;
  let patron: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.newUser(Role.ADMIN)).token;
    patron = (await t.newUser()).token;
  });
  afterAll(() => t.close());

  it.each(cases)('branch names %s are stored trimmed or rejected', async (_label, value) => {
    const slug = `hostile-${Math.random().toString(36).slice(2, 10)}`;
    const response = await t.gql<{ createBranch: { name: { fi: string; sv: string | null; en: string | null } } }>(
      'mutation($input: CreateBranchInput!) { createBranch(input: $input) { name { fi sv en } } }',
      { input: { slug, name: { fi: value, sv: value, en: value } } },
      { token: admin },
    );
    if (response.errors.length > 0) {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    } else {
      const stored = value.trim();
      expect(response.data?.createBranch.name).toEqual({ fi: stored, sv: stored, en: stored });
    }
  });

  it.each(cases)('slugs %s are rejected (only lower-case words joined by hyphens pass)', async (_label, value) => {
    const response = await t.gql(
      'mutation($input: CreateBranchInput!) { createBranch(input: $input) { id } }',
      { input: { slug: value, name: { fi: 'Kirjasto' } } },
      { token: admin },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it.each(cases)('updating a branch with %s never fails with a server error', async (_label, value) => {
    const branch = await createTestBranch(t.dataSource);
    const response = await t.gql(
      'mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) { id } }',
      { id: branch.id, input: { slug: value, name: { fi: value } } },
      { token: admin },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it.each(cases)('a home branch id %s is rejected on the field', async (_label, value) => {
    const response = await t.gql(
      'mutation($id: ID) { updateProfile(input: { homeBranchId: $id }) { id } }',
      { id: value },
      { token: patron },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors[0]?.extensions?.fields).toEqual([{ field: 'homeBranchId', code: 'INVALID_VALUE' }]);
  });

  it.each(cases)('branchLeaderboard(challengeId: %s) is rejected, not a server error', async (_label, value) => {
    const response = await t.gql('query($id: ID!) { branchLeaderboard(challengeId: $id) { participants } }', {
      id: value,
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});
