export { PROFILE_ROUTES } from './lib/profile.routes';
