import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  Router,
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
  type UrlTree,
} from '@angular/router';
import { guestOnlyGuard, requireLoginGuard } from './auth.guards';
import { SessionStore } from './session.store';

function setUp(loggedIn: boolean) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SessionStore, useValue: { whenReady: () => Promise.resolve(), isLoggedIn: signal(loggedIn) } },
    ],
  });
}

const run = (guard: typeof requireLoginGuard, url: string) =>
  TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot)) as Promise<
    boolean | UrlTree
  >;

describe('requireLoginGuard', () => {
  it('sends an anonymous visitor to /login with the way back', async () => {
    setUp(false);

    const result = await run(requireLoginGuard, '/profile');

    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Fprofile');
  });

  it('lets a logged-in user through', async () => {
    setUp(true);

    await expect(run(requireLoginGuard, '/profile')).resolves.toBe(true);
  });
});

describe('guestOnlyGuard', () => {
  it('sends a logged-in user home from the login page', async () => {
    setUp(true);

    const result = await run(guestOnlyGuard, '/login');

    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/');
  });
});
