export * from './lib/data-source-options';
export * from './lib/run-migrations';
export * from './lib/find-schema-drift';
export * from './lib/provision-database';
export * from './lib/migrations';
export * from './lib/embedded/embedded-postgres-unavailable.error';
export * from './lib/embedded/data-dir-in-use.error';
