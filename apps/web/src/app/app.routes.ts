import type { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./home/home-page.component').then((m) => m.HomePage) },
  { path: 'profile', loadChildren: () => import('@lukuhaaste/web/accounts/feature-profile').then((m) => m.PROFILE_ROUTES) },
  // AUTH_ROUTES brings /login and /register.
  { path: '', loadChildren: () => import('@lukuhaaste/web/accounts/feature-auth').then((m) => m.AUTH_ROUTES) },
  { path: '**', title: 'notFound.title', loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPage) },
];
