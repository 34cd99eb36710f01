import type { Route } from '@angular/router';
import { requireLoginGuard } from '@lukuhaaste/web/data-access';
import { currentChallengeRedirect } from './view/current-challenge.guard';

// Each page is its own lazy chunk: the home page, the first one most visitors
// see, then downloads and runs no code of the challenge page's search field
// and filters, the category page's dialogs or my reading list.

/** Mounted at `/`. */
export const HOME_ROUTES: Route[] = [
  { path: '', loadComponent: () => import('./home/home-page.component').then((m) => m.HomePage), title: 'nav.home' },
];

/** Mounted at `/challenges`: the current challenge, a challenge by slug, its printable list and its categories by position. */
export const CHALLENGE_ROUTES: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [currentChallengeRedirect], children: [] },
  {
    path: ':slug',
    loadComponent: () => import('./challenge/challenge-page.component').then((m) => m.ChallengePage),
    title: 'challenge.title',
  },
  {
    // Before ':slug/:position', which would take 'print' for a position.
    path: ':slug/print',
    loadComponent: () => import('./print/challenge-print-page.component').then((m) => m.ChallengePrintPage),
    title: 'challenge.title',
  },
  {
    path: ':slug/:position',
    loadComponent: () => import('./category/category-page.component').then((m) => m.CategoryPage),
    title: 'category.title',
  },
];

/** Mounted at `/my-reading`. */
export const MY_READING_ROUTES: Route[] = [
  {
    path: '',
    loadComponent: () => import('./my-reading/my-reading-page.component').then((m) => m.MyReadingPage),
    canActivate: [requireLoginGuard],
    title: 'myReading.title',
  },
];

/** Mounted at `/p`: a patron's public progress page (share card), `/p/:slug/:year`. */
export const SHARED_PROGRESS_ROUTES: Route[] = [
  {
    path: ':slug/:year',
    loadComponent: () => import('./shared-progress/shared-progress-page.component').then((m) => m.SharedProgressPage),
    title: 'share.routeTitle',
  },
];
