export { HOME_ROUTES, CHALLENGE_ROUTES, MY_READING_ROUTES } from './lib/challenges.routes';
