export { STATS_ROUTES } from './lib/stats.routes';
