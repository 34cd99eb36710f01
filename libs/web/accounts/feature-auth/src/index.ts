export { AUTH_ROUTES } from './lib/auth.routes';
