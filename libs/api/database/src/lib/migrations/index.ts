import { EnableExtensions1764028800000 } from './1764028800000-enable-extensions';

export const DATABASE_MIGRATIONS = [EnableExtensions1764028800000];
