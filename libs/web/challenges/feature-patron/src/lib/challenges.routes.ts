import type { Route } from '@angular/router';
import { requireLoginGuard } from '@lukuhaaste/web/data-access';
import { CategoryPage } from './category/category-page.component';
import { ChallengePage } from './challenge/challenge-page.component';
import { HomePage } from './home/home-page.component';
import { MyReadingPage } from './my-reading/my-reading-page.component';
import { currentChallengeRedirect } from './view/current-challenge.guard';

/** Mounted at `/`. */
export const HOME_ROUTES: Route[] = [{ path: '', component: HomePage, title: 'nav.home' }];

/** Mounted at `/challenges`: the current challenge, a challenge by slug and its categories by position. */
export const CHALLENGE_ROUTES: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [currentChallengeRedirect], children: [] },
  { path: ':slug', component: ChallengePage, title: 'challenge.title' },
  { path: ':slug/:position', component: CategoryPage, title: 'category.title' },
];

/** Mounted at `/my-reading`. */
export const MY_READING_ROUTES: Route[] = [
  { path: '', component: MyReadingPage, canActivate: [requireLoginGuard], title: 'myReading.title' },
];
