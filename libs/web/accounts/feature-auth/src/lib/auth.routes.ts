import type { Route } from '@angular/router';
import { guestOnlyGuard } from '@lukuhaaste/web/data-access';
import { LoginPage } from './login/login-page.component';
import { RegisterPage } from './register/register-page.component';

/** Mounted at the app root: `/login` and `/register`. */
export const AUTH_ROUTES: Route[] = [
  { path: 'login', component: LoginPage, canActivate: [guestOnlyGuard], title: 'auth.login.title' },
  { path: 'register', component: RegisterPage, canActivate: [guestOnlyGuard], title: 'auth.register.title' },
];
