import type { Route } from '@angular/router';

/** Mounted at `/challenges/:slug/suggestions`; texts are in the root files (`suggestions.*`). */
export const SUGGESTIONS_ROUTES: Route[] = [
  {
    path: '',
    title: 'suggestions.title',
    loadComponent: () => import('./suggestions-page.component').then((m) => m.SuggestionsPage),
  },
];
