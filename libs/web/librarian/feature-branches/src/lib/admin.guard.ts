import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@lukuhaaste/web/data-access';

/**
 * Admins only: branches are organisation data (the API refuses everyone
 * else). Anonymous visitors log in and come back; others see "not available".
 */
export const adminGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  const user = session.user();
  if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  return user.role === 'ADMIN' || router.createUrlTree(['/librarian/not-allowed']);
};
