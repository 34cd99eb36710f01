import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export interface ConnectionSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/**
 * TypeORM options for the system of record. The schema changes only through
 * reviewed migrations, never through `synchronize`.
 */
export function buildDataSourceOptions(connection: ConnectionSettings, schema: SchemaParts): DataSourceOptions {
  return {
    type: 'postgres',
    url: connection.url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Transaction-scoped state only, so the pool works behind PgBouncer.
    poolSize: connection.poolSize ?? 10,
    applicationName: connection.applicationName ?? 'lukuhaaste-api',
  };
}
