import type { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { scopeTextsResolver } from '@lukuhaaste/web/util-i18n';

/** The leaderboard's texts are a lazy Transloco scope (`/i18n/branches/{lang}.json`), shared with the profile. */
const BRANCHES_SCOPE = 'branches';

/** Mounted at `/challenges/:slug/branches`. */
export const BRANCH_LEADERBOARD_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope(BRANCHES_SCOPE)],
    resolve: { texts: scopeTextsResolver(BRANCHES_SCOPE) },
    title: 'branches.leaderboard.title',
    loadComponent: () => import('./branch-leaderboard-page.component').then((m) => m.BranchLeaderboardPage),
  },
];
