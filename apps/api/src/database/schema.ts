import { ACCOUNTS_ENTITIES, ACCOUNTS_MIGRATIONS } from '@lukuhaaste/api/accounts';
import { DATABASE_MIGRATIONS, type SchemaParts } from '@lukuhaaste/api/database';

/** Every context's entities and migrations, in the order migrations must run. */
export const SCHEMA: SchemaParts = {
  entities: [...ACCOUNTS_ENTITIES],
  migrations: [...DATABASE_MIGRATIONS, ...ACCOUNTS_MIGRATIONS],
};
