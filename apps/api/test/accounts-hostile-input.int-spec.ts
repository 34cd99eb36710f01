import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const HOSTILE = loadHostileStrings();
const label = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length} chars)` : value);

/**
 * Every text input of the accounts API either stores the value (surrounding
 * whitespace trimmed) or answers BAD_USER_INPUT — never a 500.
 */
describe('accounts with hostile input', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind a (pretend) proxy each request may come from its own address, so
    // the per-IP registration limit does not cut the loop short.
    t = await startTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  it.each(HOSTILE.map((value) => [label(value), value]))(
    'display name %s is stored exactly (trimmed) or rejected',
    async (_label, value) => {
      const { token } = await t.newUser();
      const response = await t.gql<{ updateProfile: { displayName: string } }>(
        'mutation($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }',
        { name: value },
        { token },
      );
      if (response.errors.length > 0) {
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      } else {
        const me = await t.gql<{ me: { displayName: string } }>('{ me { displayName } }', {}, { token });
        expect(me.data?.me.displayName).toBe(value.trim());
      }
    },
  );

  it.each(HOSTILE.map((value) => [label(value), value]))(
    'registering with %s in each field never fails with a server error',
    async (_label, value) => {
      const inputs = [
        { email: value, displayName: 'Lukija', password: 'pitkä salasana' },
        { email: `ok-${Math.random()}@example.fi`, displayName: value, password: 'pitkä salasana' },
        { email: `ok-${Math.random()}@example.fi`, displayName: 'Lukija', password: value },
      ];
      for (const input of inputs) {
        const response = await t.gql(
          'mutation($input: RegisterInput!) { register(input: $input) { user { id } } }',
          { input },
          {
            headers: {
              'x-forwarded-for': `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
            },
          },
        );
        expect(['ok', 'BAD_USER_INPUT']).toContain(response.errors.length === 0 ? 'ok' : errorCode(response));
      }
    },
  );

  it.each(HOSTILE.map((value) => [label(value), value]))(
    'logging in with %s answers UNAUTHENTICATED or BAD_USER_INPUT',
    async (_label, value) => {
      const response = await t.gql(
        'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }',
        { e: value, p: value },
      );
      expect(['UNAUTHENTICATED', 'BAD_USER_INPUT']).toContain(errorCode(response));
    },
  );
});
