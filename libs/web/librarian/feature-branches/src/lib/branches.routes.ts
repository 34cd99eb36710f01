import type { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { scopeTextsResolver } from '@lukuhaaste/web/util-i18n';
import { adminGuard } from './admin.guard';

/** Its texts share the librarian area's Transloco scope (`/i18n/librarian/{lang}.json`). */
const LIBRARIAN_SCOPE = 'librarian';

/** Mounted at `/librarian/branches`: admins keep the list of library branches. */
export const BRANCHES_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [adminGuard],
    providers: [provideTranslocoScope(LIBRARIAN_SCOPE)],
    resolve: { texts: scopeTextsResolver(LIBRARIAN_SCOPE) },
    title: 'librarian.branches.title',
    loadComponent: () => import('./branches-page.component').then((m) => m.BranchesPage),
  },
];
