export { BRANCHES_ROUTES } from './lib/branches.routes';
