import { Role } from '@lukuhaaste/api/accounts';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { token user { id email displayName role locale } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token user { id email } } }`;
const ME = `{ me { id email displayName locale } }`;

describe('accounts over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('register', () => {
    it('creates a patron, returns a token and sets an httpOnly SameSite=Lax cookie', async () => {
      const response = await t.gql<{
        register: { token: string; user: { email: string; role: string; locale: string } };
      }>(REGISTER, {
        input: { email: 'Maija@Example.fi', displayName: 'Kirjamyyrä 1', password: 'pitkä salasana', locale: 'sv' },
      });
      expect(response.errors).toEqual([]);
      expect(response.data?.register.user).toMatchObject({ email: 'Maija@Example.fi', role: 'PATRON', locale: 'sv' });
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toContain(`lh_session=${response.data?.register.token}`);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
    });

    it('rejects an email that differs only by case with CONFLICT on the email field', async () => {
      const response = await t.gql(REGISTER, {
        input: { email: 'maija@example.FI', displayName: 'Toinen', password: 'pitkä salasana' },
      });
      expect(errorCode(response)).toBe('CONFLICT');
      expect(response.errors[0]?.extensions?.fields).toEqual([{ field: 'email', code: 'EMAIL_TAKEN' }]);
    });

    it('reports every invalid field at once', async () => {
      const response = await t.gql(REGISTER, { input: { email: 'nope', displayName: ' ', password: 'short' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors[0]?.extensions?.fields).toEqual([
        { field: 'email', code: 'INVALID_EMAIL' },
        { field: 'displayName', code: 'REQUIRED' },
        { field: 'password', code: 'TOO_SHORT', params: { min: 10 } },
      ]);
    });
  });

  describe('login and sessions', () => {
    it('accepts the password with any letter case of the email and the cookie then identifies the user', async () => {
      const { user, password } = await t.newUser();
      const login = await t.gql<{ login: { token: string; user: { id: string; email: string } } }>(LOGIN, {
        input: { email: user.email.toUpperCase(), password },
      });
      expect(login.data?.login.user).toEqual({ id: user.id, email: user.email });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const me = await t.gql<{ me: { id: string } }>(ME, {}, { cookie });
      expect(me.data?.me.id).toBe(user.id);
    });

    it('answers a wrong password and an unknown email the same way', async () => {
      const { user } = await t.newUser();
      const wrongPassword = await t.gql(LOGIN, { input: { email: user.email, password: 'not the password' } });
      const unknownEmail = await t.gql(LOGIN, { input: { email: 'nobody@example.fi', password: 'not the password' } });
      expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
      expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
      expect(wrongPassword.errors[0]?.message).toBe(unknownEmail.errors[0]?.message);
    });

    it('logout revokes the token and clears the cookie', async () => {
      const { token } = await t.newUser();
      const logout = await t.gql<{ logout: boolean }>('mutation { logout }', {}, { token });
      expect(logout.data?.logout).toBe(true);
      expect(logout.headers.get('set-cookie')).toMatch(/lh_session=;/);
      const me = await t.gql<{ me: unknown }>(ME, {}, { token });
      expect(me.data?.me).toBeNull();
    });

    it('returns null for me with an unknown token instead of failing', async () => {
      const me = await t.gql<{ me: unknown }>(ME, {}, { token: 'forged-token' });
      expect(me.errors).toEqual([]);
      expect(me.data?.me).toBeNull();
    });

    it('limits login attempts per account and says when to retry', async () => {
      const { user } = await t.newUser();
      const attempts = [];
      for (let attempt = 0; attempt < 11; attempt += 1) {
        attempts.push(await t.gql(LOGIN, { input: { email: user.email, password: 'guess guess guess' } }));
      }
      expect(attempts.slice(0, 10).map(errorCode)).toEqual(Array(10).fill('UNAUTHENTICATED'));
      const limited = attempts[10];
      expect(limited && errorCode(limited)).toBe('RATE_LIMITED');
      expect(limited?.errors[0]?.extensions?.['retryAfterSeconds']).toEqual(expect.any(Number));
    });
  });

  describe('profile', () => {
    it('updates display name and language', async () => {
      const { token } = await t.newUser();
      const response = await t.gql<{ updateProfile: { displayName: string; locale: string } }>(
        'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName locale } }',
        { input: { displayName: 'Uusi Nimi', locale: 'en' } },
        { token },
      );
      expect(response.data?.updateProfile).toEqual({ displayName: 'Uusi Nimi', locale: 'en' });
    });

    it('rejects an invalid display name without changing anything', async () => {
      const { token, user } = await t.newUser();
      const response = await t.gql(
        'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
        { input: { displayName: 'x'.repeat(41), locale: 'sv' } },
        { token },
      );
      expect(response.errors[0]?.extensions?.fields).toEqual([
        { field: 'displayName', code: 'TOO_LONG', params: { max: 40 } },
      ]);
      const me = await t.gql<{ me: { displayName: string; locale: string } }>(ME, {}, { token });
      expect(me.data?.me).toMatchObject({ displayName: user.displayName, locale: 'fi' });
    });

    it('changes the password only with the current one, keeping this session and ending the others', async () => {
      const { token, password, user } = await t.newUser();
      const other = await t.gql<{ login: { token: string } }>(LOGIN, { input: { email: user.email, password } });
      const otherToken = other.data?.login.token;
      const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

      const wrong = await t.gql(
        CHANGE,
        { input: { currentPassword: 'wrong wrong', newPassword: 'uusi salasana 123' } },
        { token },
      );
      expect(wrong.errors[0]?.extensions?.fields).toEqual([{ field: 'currentPassword', code: 'WRONG_PASSWORD' }]);

      const changed = await t.gql(
        CHANGE,
        { input: { currentPassword: password, newPassword: 'uusi salasana 123' } },
        { token },
      );
      expect(changed.data).toEqual({ changePassword: true });
      expect((await t.gql<{ me: { id: string } }>(ME, {}, { token })).data?.me?.id).toBe(user.id);
      expect((await t.gql<{ me: unknown }>(ME, {}, { token: otherToken })).data?.me).toBeNull();
      const relogin = await t.gql(LOGIN, { input: { email: user.email, password: 'uusi salasana 123' } });
      expect(relogin.errors).toEqual([]);
    });
  });

  describe('roles and privacy', () => {
    const SET_ROLE =
      'mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role email } }';

    it('lets an admin promote a patron to librarian and see their email', async () => {
      const admin = await t.newUser(Role.ADMIN);
      const patron = await t.newUser();
      const response = await t.gql(SET_ROLE, { userId: patron.user.id, role: 'LIBRARIAN' }, { token: admin.token });
      expect(response.data).toEqual({
        setUserRole: { id: patron.user.id, role: 'LIBRARIAN', email: patron.user.email },
      });
    });

    it('reports unknown and malformed user ids precisely', async () => {
      const admin = await t.newUser(Role.ADMIN);
      const unknown = await t.gql(
        SET_ROLE,
        { userId: '00000000-0000-4000-8000-000000000000', role: 'LIBRARIAN' },
        { token: admin.token },
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const malformed = await t.gql(SET_ROLE, { userId: 'not-a-uuid', role: 'LIBRARIAN' }, { token: admin.token });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      const own = await t.gql(SET_ROLE, { userId: admin.user.id, role: 'PATRON' }, { token: admin.token });
      expect(errorCode(own)).toBe('FORBIDDEN');
    });

    it('never shows a user email to a librarian who is not its owner', async () => {
      const admin = await t.newUser(Role.ADMIN);
      const librarian = await t.newUser(Role.LIBRARIAN);
      const promoted = await t.gql<{ setUserRole: { email: string | null } }>(
        SET_ROLE,
        { userId: librarian.user.id, role: 'LIBRARIAN' },
        { token: admin.token },
      );
      expect(promoted.data?.setUserRole.email).toBe(librarian.user.email);
      const self = await t.gql<{ me: { email: string } }>(ME, {}, { token: librarian.token });
      expect(self.data?.me.email).toBe(librarian.user.email);
    });
  });
});
