import type { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { librarianGuard } from './librarian.guard';
import { LIBRARIAN_SCOPE, librarianTextsResolver } from './librarian-texts.resolver';

/** Mounted at `/librarian`. Texts live in the `librarian` Transloco scope (`/i18n/librarian/{lang}.json`). */
export const LIBRARIAN_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope(LIBRARIAN_SCOPE)],
    resolve: { texts: librarianTextsResolver },
    children: [
      {
        path: 'not-allowed',
        title: 'librarian.notAllowed.title',
        loadComponent: () => import('./not-allowed/not-allowed-page.component').then((m) => m.NotAllowedPage),
      },
      {
        path: '',
        canActivate: [librarianGuard],
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'challenges' },
          {
            path: 'challenges',
            title: 'librarian.list.title',
            loadComponent: () => import('./challenges/challenges-page.component').then((m) => m.ChallengesPage),
          },
          {
            path: 'catalogue',
            title: 'librarian.catalogue.title',
            loadComponent: () => import('./catalogue/catalogue-page.component').then((m) => m.CataloguePage),
          },
          {
            path: 'challenges/:id',
            title: 'librarian.editor.title',
            loadComponent: () => import('./editor/challenge-editor-page.component').then((m) => m.ChallengeEditorPage),
          },
        ],
      },
    ],
  },
];
