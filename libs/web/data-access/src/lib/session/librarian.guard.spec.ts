import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  Router,
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
  type UrlTree,
} from '@angular/router';
import type { Role } from '../../generated/graphql';
import { SessionStore } from './session.store';
import { librarianGuard } from './librarian.guard';

function run(role: Role | null, url = '/librarian/challenges') {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SessionStore, useValue: { whenReady: () => Promise.resolve(), user: signal(role ? { role } : null) } },
    ],
  });
  return TestBed.runInInjectionContext(() =>
    librarianGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
  ) as Promise<boolean | UrlTree>;
}

const serialize = (result: boolean | UrlTree) =>
  typeof result === 'boolean' ? result : TestBed.inject(Router).serializeUrl(result);

describe('librarianGuard', () => {
  it.each(['LIBRARIAN', 'ADMIN'] as const)('lets a %s in', async (role) => {
    await expect(run(role)).resolves.toBe(true);
  });

  it('shows a patron the "not available" page', async () => {
    expect(serialize(await run('PATRON'))).toBe('/librarian/not-allowed');
  });

  it('sends an anonymous visitor to log in and come back', async () => {
    expect(serialize(await run(null, '/librarian/challenges/abc'))).toBe(
      '/login?returnUrl=%2Flibrarian%2Fchallenges%2Fabc',
    );
  });
});
