import type { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { librarianGuard } from '@lukuhaaste/web/data-access';
import { scopeTextsResolver } from '@lukuhaaste/web/util-i18n';

/** Its texts share the librarian area's Transloco scope (`/i18n/librarian/{lang}.json`). */
const LIBRARIAN_SCOPE = 'librarian';

/**
 * Mounted at `/librarian/stats`; `?challenge=<id>&branch=<id>` pick the figures
 * so a filtered view can be bookmarked and shared.
 */
export const STATS_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [librarianGuard],
    providers: [provideTranslocoScope(LIBRARIAN_SCOPE)],
    resolve: { texts: scopeTextsResolver(LIBRARIAN_SCOPE) },
    title: 'librarian.stats.title',
    loadComponent: () => import('./stats-page.component').then((m) => m.StatsPage),
  },
];
