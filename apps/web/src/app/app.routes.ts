import type { Route } from '@angular/router';
import { CATEGORY_THREAD_SECTION } from '@lukuhaaste/web/data-access';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadChildren: () => import('@lukuhaaste/web/challenges/feature-patron').then((m) => m.HOME_ROUTES),
  },
  {
    path: 'challenges/:slug/threads',
    loadChildren: () => import('@lukuhaaste/web/discussion/feature-threads').then((m) => m.THREAD_LIST_ROUTES),
  },
  {
    path: 'challenges/:slug/suggestions',
    loadChildren: () => import('@lukuhaaste/web/challenges/feature-suggestions').then((m) => m.SUGGESTIONS_ROUTES),
  },
  {
    path: 'challenges/:slug/branches',
    loadChildren: () => import('@lukuhaaste/web/challenges/feature-patron').then((m) => m.BRANCH_LEADERBOARD_ROUTES),
  },
  {
    path: 'challenges',
    loadChildren: () => import('@lukuhaaste/web/challenges/feature-patron').then((m) => m.CHALLENGE_ROUTES),
    // The category page shows its thread; the challenges feature may not import the discussion feature itself.
    providers: [
      {
        provide: CATEGORY_THREAD_SECTION,
        useValue: () => import('@lukuhaaste/web/discussion/feature-threads').then((m) => m.CategoryThread),
      },
    ],
  },
  {
    path: 'threads',
    loadChildren: () => import('@lukuhaaste/web/discussion/feature-threads').then((m) => m.THREAD_ROUTES),
  },
  {
    path: 'my-reading',
    loadChildren: () => import('@lukuhaaste/web/challenges/feature-patron').then((m) => m.MY_READING_ROUTES),
  },
  {
    path: 'p',
    loadChildren: () => import('@lukuhaaste/web/challenges/feature-patron').then((m) => m.SHARED_PROGRESS_ROUTES),
  },
  {
    path: 'librarian/moderation',
    loadChildren: () => import('@lukuhaaste/web/librarian/feature-moderation').then((m) => m.MODERATION_ROUTES),
  },
  {
    path: 'librarian/catalogue',
    loadChildren: () => import('@lukuhaaste/web/librarian/feature-catalogue').then((m) => m.CATALOGUE_ROUTES),
  },
  {
    path: 'librarian/branches',
    loadChildren: () => import('@lukuhaaste/web/librarian/feature-branches').then((m) => m.BRANCHES_ROUTES),
  },
  {
    path: 'librarian/stats',
    loadChildren: () => import('@lukuhaaste/web/librarian/feature-stats').then((m) => m.STATS_ROUTES),
  },
  {
    path: 'librarian',
    loadChildren: () => import('@lukuhaaste/web/librarian/feature-challenge-editor').then((m) => m.LIBRARIAN_ROUTES),
  },
  {
    path: 'profile',
    loadChildren: () => import('@lukuhaaste/web/accounts/feature-profile').then((m) => m.PROFILE_ROUTES),
  },
  // AUTH_ROUTES brings /login and /register.
  { path: '', loadChildren: () => import('@lukuhaaste/web/accounts/feature-auth').then((m) => m.AUTH_ROUTES) },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPage),
  },
];
