export { SUGGESTIONS_ROUTES } from './lib/suggestions.routes';
