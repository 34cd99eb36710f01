import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { startTestApp, type TestApp } from './support/test-app';

describe('accounts authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const everyone = { anonymous: 'ok', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const signedIn = { anonymous: 'UNAUTHENTICATED', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;

  describeAuthorizationMatrix(() => t, {
    me: { operation: '{ me { id } }', expected: everyone },
    suggestedDisplayName: { operation: '{ suggestedDisplayName }', expected: everyone },
    logout: { operation: 'mutation { logout }', expected: everyone },
    updateProfile: { operation: 'mutation { updateProfile(input: { locale: sv }) { id } }', expected: signedIn },
    changePassword: {
      operation:
        'mutation { changePassword(input: { currentPassword: "correct horse battery", newPassword: "another long one" }) }',
      expected: signedIn,
    },
    setUserRole: {
      operation: 'mutation($userId: ID!) { setUserRole(userId: $userId, role: LIBRARIAN) { id } }',
      variables: async (app) => ({ userId: (await app.newUser()).user.id }),
      expected: { anonymous: 'UNAUTHENTICATED', patron: 'FORBIDDEN', librarian: 'FORBIDDEN', admin: 'ok' },
    },
  });
});
