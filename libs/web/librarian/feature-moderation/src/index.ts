export { MODERATION_ROUTES } from './lib/moderation.routes';
