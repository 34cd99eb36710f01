export { CATALOGUE_ROUTES } from './lib/catalogue.routes';
