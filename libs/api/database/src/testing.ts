export * from './lib/testing/test-postgres';
export { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded/start-embedded-postgres';
export { findPostgresBinaries } from './lib/embedded/postgres-binaries';
