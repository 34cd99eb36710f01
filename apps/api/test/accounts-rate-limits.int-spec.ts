import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { forwardedFor } from './support/forwarded-for';
import { startTestApp, type TestApp } from './support/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const WRONG = 'not the password';
/** Every attempt runs argon2 (19 MiB, by design slow), and these tests make a hundred or more. */
const MANY_HASHES_MS = 120_000;

/** Runs `count` requests a few at a time, like a room full of people pressing the button. */
async function inParallel<T>(count: number, request: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += 5) {
    const batch = Array.from({ length: Math.min(5, count - start) }, (_, offset) => request(start + offset));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

const outcome = (response: GraphqlResponse<unknown>) => (response.errors.length === 0 ? 'ok' : errorCode(response));

/** Time passing, without waiting: every open window ends now. */
async function letWindowsPass(t: TestApp): Promise<void> {
  await t.dataSource.query(`UPDATE rate_limit_counters SET expires_at = now() - interval '1 second'`);
}

describe('login and registration limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    // One pretend proxy in front, so each test picks its own client address.
    t = await startTestApp({ TRUST_PROXY: '1', RATE_LIMIT_TRUSTED_NETWORKS: '192.0.2.0/24' });
  });
  afterAll(() => t.close());

  it(
    'lets a school class of 35 register and log in from one address, typos included',
    async () => {
      const classroom = forwardedFor('198.51.100.35');
      const pupils = Array.from({ length: 35 }, (_, index) => ({
        email: `oppilas${index}@koulu.example.fi`,
        password: `salasana oppilas ${index}`,
      }));
      const registered = await inParallel(35, (index) =>
        t.gql(REGISTER, { input: { ...pupils[index], displayName: `Oppilas ${index}` } }, classroom),
      );
      expect(registered.map(outcome)).toEqual(Array(35).fill('ok'));
      const mistyped = await inParallel(35, (index) =>
        t.gql(LOGIN, { input: { email: pupils[index]?.email, password: WRONG } }, classroom),
      );
      expect(mistyped.map(outcome)).toEqual(Array(35).fill('UNAUTHENTICATED'));
      const loggedIn = await inParallel(35, (index) => t.gql(LOGIN, { input: pupils[index] }, classroom));
      expect(loggedIn.map(outcome)).toEqual(Array(35).fill('ok'));
    },
    MANY_HASHES_MS,
  );

  it('refuses the 11th wrong password on an account, and then the right one too until the window passes', async () => {
    const { user, password } = await t.newUser();
    const guesser = forwardedFor('198.51.100.11');
    const guesses = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      guesses.push(await t.gql(LOGIN, { input: { email: user.email, password: WRONG } }, guesser));
    }
    expect(guesses.map(outcome)).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    const retryAfter = guesses[10]?.errors[0]?.extensions?.['retryAfterSeconds'];
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    const right = { input: { email: user.email.toUpperCase(), password } };
    expect(outcome(await t.gql(LOGIN, right, guesser))).toBe('RATE_LIMITED');
    await letWindowsPass(t);
    expect(outcome(await t.gql(LOGIN, right, guesser))).toBe('ok');
  });

  it('does not count successful logins, so a shared computer can log people in all day', async () => {
    const { user, password } = await t.newUser();
    const librarycomputer = forwardedFor('198.51.100.12');
    const logins = await inParallel(40, () =>
      t.gql(LOGIN, { input: { email: user.email, password } }, librarycomputer),
    );
    expect(logins.map(outcome)).toEqual(Array(40).fill('ok'));
  });

  it('keeps a guesser at one address from locking the owner out at another', async () => {
    const { user, password } = await t.newUser();
    await inParallel(11, () =>
      t.gql(LOGIN, { input: { email: user.email, password: WRONG } }, forwardedFor('198.51.100.13')),
    );
    const owner = await t.gql(LOGIN, { input: { email: user.email, password } }, forwardedFor('198.51.100.14'));
    expect(outcome(owner)).toBe('ok');
  });

  it(
    'limits guessing spread over many addresses at one account',
    async () => {
      const { user, password } = await t.newUser();
      const spread = await inParallel(100, (index) =>
        t.gql(LOGIN, { input: { email: user.email, password: WRONG } }, forwardedFor(`203.0.113.${index + 1}`)),
      );
      expect(spread.map(outcome)).toEqual(Array(100).fill('UNAUTHENTICATED'));
      const fresh = await t.gql(LOGIN, { input: { email: user.email, password } }, forwardedFor('203.0.113.200'));
      expect(outcome(fresh)).toBe('RATE_LIMITED');
    },
    MANY_HASHES_MS,
  );

  it(
    'limits wrong passwords against many accounts from one address, except from a trusted network',
    async () => {
      const guessAtMany = (address: string) =>
        inParallel(100, (index) =>
          t.gql(LOGIN, { input: { email: `kohde${index}@example.fi`, password: WRONG } }, forwardedFor(address)),
        );
      const { user, password } = await t.newUser();

      expect((await guessAtMany('198.51.100.15')).map(outcome)).toEqual(Array(100).fill('UNAUTHENTICATED'));
      const fromThere = await t.gql(LOGIN, { input: { email: user.email, password } }, forwardedFor('198.51.100.15'));
      expect(outcome(fromThere)).toBe('RATE_LIMITED');

      await letWindowsPass(t);
      expect((await guessAtMany('192.0.2.15')).map(outcome)).toEqual(Array(100).fill('UNAUTHENTICATED'));
      const fromLibrary = await t.gql(LOGIN, { input: { email: user.email, password } }, forwardedFor('192.0.2.15'));
      expect(outcome(fromLibrary)).toBe('ok');
    },
    MANY_HASHES_MS,
  );

  it(
    'limits registrations per address, except from a trusted network',
    async () => {
      const register = (address: string, index: number) =>
        t.gql(
          REGISTER,
          { input: { email: `${address}-${index}@example.fi`, displayName: 'Lukija', password: 'pitkä salasana' } },
          forwardedFor(address),
        );
      const burst = await inParallel(61, (index) => register('198.51.100.16', index));
      expect(burst.map(outcome)).toEqual([...Array(60).fill('ok'), 'RATE_LIMITED']);
      const library = await inParallel(61, (index) => register('192.0.2.16', index));
      expect(library.map(outcome)).toEqual(Array(61).fill('ok'));
    },
    MANY_HASHES_MS,
  );

  it('limits guessing the current password with a stolen session', async () => {
    const { token, password } = await t.newUser();
    const change = (currentPassword: string) =>
      t.gql(CHANGE_PASSWORD, { input: { currentPassword, newPassword: 'uusi salasana 123' } }, { token });
    const guesses = [];
    for (let attempt = 0; attempt < 11; attempt += 1) guesses.push(await change(`arvaus ${attempt}`));
    expect(guesses.map(errorCode)).toEqual([...Array(10).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    expect(errorCode(await change(password))).toBe('RATE_LIMITED');
    await letWindowsPass(t);
    expect(outcome(await change(password))).toBe('ok');
  });
});
