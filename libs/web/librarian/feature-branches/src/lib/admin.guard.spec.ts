import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { adminGuard } from './admin.guard';

describe('adminGuard', () => {
  const user = signal<SessionUser | null>(null);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: SessionStore, useValue: { user, whenReady: async () => undefined } }],
    });
  });

  function run() {
    const state = { url: '/librarian/branches' } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => adminGuard({} as ActivatedRouteSnapshot, state));
  }
  const as = (role: SessionUser['role']): SessionUser => ({
    id: 'u1',
    displayName: 'Ylläpitäjä',
    email: null,
    role,
    locale: 'fi',
    homeBranchId: null,
    createdAt: '2026-01-01T00:00:00Z',
  });
  const url = async () => TestBed.inject(Router).serializeUrl((await run()) as never);

  it('lets admins in', async () => {
    user.set(as('ADMIN'));
    expect(await run()).toBe(true);
  });

  it('sends librarians and patrons to the not-available page', async () => {
    for (const role of ['LIBRARIAN', 'PATRON'] as const) {
      user.set(as(role));
      expect(await url()).toBe('/librarian/not-allowed');
    }
  });

  it('sends visitors to log in and come back', async () => {
    user.set(null);
    expect(await url()).toBe('/login?returnUrl=%2Flibrarian%2Fbranches');
  });
});
