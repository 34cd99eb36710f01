import { Role } from '@lukuhaaste/api/accounts';
import { TEST_PASSWORD } from '@lukuhaaste/api/accounts/testing';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { startTestApp, type TestApp } from './support/test-app';

/** Data rights are always about oneself (no id to pass) and do not depend on suspension. */
describe('my data authorization', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // Another admin, so the admin row tests deletion itself rather than the last-admin rule.
    await t.newUser(Role.ADMIN);
  });
  afterAll(() => t.close());

  const everyoneSignedIn = {
    anonymous: 'UNAUTHENTICATED',
    patron: 'ok',
    suspended: 'ok',
    librarian: 'ok',
    admin: 'ok',
  } as const;

  describeAuthorizationMatrix(() => t, {
    exportMyData: { operation: `mutation { exportMyData { exportedAt } }`, expected: everyoneSignedIn },
    deleteMyAccount: {
      operation: `mutation($password: String!) { deleteMyAccount(input: { password: $password }) }`,
      variables: async () => ({ password: TEST_PASSWORD }),
      expected: everyoneSignedIn,
    },
  });
});
