export * from './lib/data-source-options';
export * from './lib/run-migrations';
export * from './lib/find-schema-drift';
export * from './lib/provision-database';
export * from './lib/migrations';
export * from './lib/embedded/embedded-postgres-unavailable.error';
