import type { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { librarianGuard } from '@lukuhaaste/web/data-access';
import { scopeTextsResolver } from '@lukuhaaste/web/util-i18n';

const LIBRARIAN_SCOPE = 'librarian';

/**
 * Mounted at `/librarian` (the book catalogue, `/librarian/catalogue`, is its
 * own feature lib). Texts live in the `librarian` Transloco scope
 * (`/i18n/librarian/{lang}.json`).
 */
export const LIBRARIAN_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope(LIBRARIAN_SCOPE)],
    resolve: { texts: scopeTextsResolver(LIBRARIAN_SCOPE) },
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
            path: 'challenges/:id',
            title: 'librarian.editor.title',
            loadComponent: () => import('./editor/challenge-editor-page.component').then((m) => m.ChallengeEditorPage),
          },
          {
            path: 'challenges/:id/paper',
            title: 'librarian.paperDesk.heading',
            loadComponent: () => import('./paper-desk/paper-desk-page.component').then((m) => m.PaperDeskPage),
          },
        ],
      },
    ],
  },
];
