import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** Milliseconds; 0 or absent leaves the server's (or the role's) own setting. */
export interface DatabaseTimeouts {
  statementMs?: number;
  idleInTransactionMs?: number;
  connectMs?: number;
}

export interface ConnectionSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** For the request-serving pool; migrations and CLI tools leave them off so long index builds finish. */
  timeouts?: DatabaseTimeouts;
}

/**
 * Server-side limits go as startup parameters of each connection, so no SET
 * runs and nothing outlives a transaction (PgBouncer in transaction mode must
 * pass them on or, with ignore_startup_parameters, the role gets them instead).
 */
function timeoutOptions({ statementMs, idleInTransactionMs, connectMs }: DatabaseTimeouts = {}) {
  return {
    ...(statementMs ? { statement_timeout: statementMs } : {}),
    ...(idleInTransactionMs ? { idle_in_transaction_session_timeout: idleInTransactionMs } : {}),
    // Also bounds the wait for a free pooled connection, so a saturated pool answers with an error, not a hang.
    ...(connectMs ? { connectionTimeoutMillis: connectMs } : {}),
  };
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
    extra: timeoutOptions(connection.timeouts),
  };
}
