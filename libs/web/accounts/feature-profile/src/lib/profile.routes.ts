import type { Route } from '@angular/router';
import { requireLoginGuard } from '@lukuhaaste/web/data-access';
import { ProfilePage } from './profile/profile-page.component';

/** Mounted at `/profile`. */
export const PROFILE_ROUTES: Route[] = [
  { path: '', component: ProfilePage, canActivate: [requireLoginGuard], title: 'profile.title' },
];
