import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { ChallengesApi } from '@lukuhaaste/web/data-access/reading';

/** `/challenges` leads to this year's challenge; home explains when none is published or the API is unreachable. */
export const currentChallengeRedirect: CanActivateFn = async () => {
  const router = inject(Router);
  try {
    const current = await inject(ChallengesApi).current();
    return router.createUrlTree(current ? ['/challenges', current.slug] : ['/']);
  } catch {
    return router.createUrlTree(['/']);
  }
};
