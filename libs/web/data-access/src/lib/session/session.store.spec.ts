import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { provideGraphqlClientTesting } from '../../testing';
import { ApiError } from '../errors/api-error';
import { SessionStore } from './session.store';

const maija = {
  __typename: 'User',
  id: 'u1',
  displayName: 'Lukutoukka',
  email: 'maija@example.fi',
  role: 'PATRON',
  locale: 'sv',
  createdAt: '2026-01-01T00:00:00Z',
} as const;

/** Lets the lazily loaded client send its operation before the test answers it. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe(SessionStore.name, () => {
  let store: SessionStore;
  let backend: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideGraphqlClientTesting()] });
    store = TestBed.inject(SessionStore);
    backend = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => backend.verify());

  it('starts logged out and picks up the user from `me`', async () => {
    expect(store.isLoggedIn()).toBe(false);
    const ready = store.whenReady();
    await settle();
    expect(store.loading()).toBe(true);
    backend.expectOne('Me').flushData({ me: maija });
    await ready;

    expect(store.user()?.displayName).toBe('Lukutoukka');
    expect(store.isLoggedIn()).toBe(true);
    expect(store.loading()).toBe(false);
  });

  it('is ready and logged out when the session check fails', async () => {
    const ready = store.whenReady();
    await settle();
    backend.expectOne('Me').networkError(new Error('offline'));
    await ready;

    expect(store.isLoggedIn()).toBe(false);
  });

  it('logs in with the given credentials and keeps the returned user', async () => {
    const login = store.login({ email: 'maija@example.fi', password: 'correct horse' });
    await settle();
    const operation = backend.expectOne('Login');
    expect(operation.operation.variables).toEqual({ input: { email: 'maija@example.fi', password: 'correct horse' } });
    operation.flushData({ login: { __typename: 'AuthPayload', user: maija } });

    await expect(login).resolves.toMatchObject({ id: 'u1', locale: 'sv' });
    expect(store.user()?.email).toBe('maija@example.fi');
  });

  it('rejects a wrong password with UNAUTHENTICATED and stays logged out', async () => {
    const login = store.login({ email: 'maija@example.fi', password: 'wrong password' });
    await settle();
    backend
      .expectOne('Login')
      .graphqlErrors([{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }]);

    await expect(login).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(store.isLoggedIn()).toBe(false);
  });

  it('maps field errors of a rejected registration', async () => {
    const register = store.register({
      email: 'taken@example.fi',
      displayName: 'Kirjamato',
      password: 'long enough pw',
    });
    await settle();
    backend
      .expectOne('Register')
      .graphqlErrors([
        { message: 'Conflict', extensions: { code: 'CONFLICT', fields: [{ field: 'email', code: 'EMAIL_TAKEN' }] } },
      ]);

    const error = await register.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldError('email')).toEqual({ field: 'email', code: 'EMAIL_TAKEN' });
  });

  it('forgets the user on logout', async () => {
    const login = store.login({ email: 'maija@example.fi', password: 'correct horse' });
    await settle();
    backend.expectOne('Login').flushData({ login: { __typename: 'AuthPayload', user: maija } });
    await login;

    const logout = store.logout();
    await settle();
    backend.expectOne('Logout').flushData({ logout: true });
    await logout;

    expect(store.user()).toBeNull();
    expect(store.isLoggedIn()).toBe(false);
  });

  it('treats an already expired session as logged out', async () => {
    const logout = store.logout();
    await settle();
    backend.expectOne('Logout').graphqlErrors([{ message: 'Not logged in', extensions: { code: 'UNAUTHENTICATED' } }]);

    await expect(logout).resolves.toBeUndefined();
    expect(store.isLoggedIn()).toBe(false);
  });

  it('keeps the updated profile', async () => {
    const update = store.updateProfile({ displayName: 'Uusi nimi', locale: 'en' });
    await settle();
    backend
      .expectOne('UpdateProfile')
      .flushData({ updateProfile: { ...maija, displayName: 'Uusi nimi', locale: 'en' } });

    await update;
    expect(store.user()).toMatchObject({ displayName: 'Uusi nimi', locale: 'en' });
  });
});
