export { LIBRARIAN_ROUTES } from './lib/librarian.routes';
