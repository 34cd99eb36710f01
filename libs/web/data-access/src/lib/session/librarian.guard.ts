import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '../../generated/graphql';
import { SessionStore } from './session.store';

const STAFF_ROLES: readonly Role[] = ['LIBRARIAN', 'ADMIN'];

/** Librarians and admins: who may open the librarian area. */
export function isStaff(role: Role | null | undefined): boolean {
  return !!role && STAFF_ROLES.includes(role);
}

/**
 * Librarians and admins only. Anonymous visitors log in and come back; other
 * users get a "not available" page (the API refuses them anyway).
 */
export const librarianGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  const user = session.user();
  if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  return isStaff(user.role) || router.createUrlTree(['/librarian/not-allowed']);
};
