export * from './lib/testing/test-postgres';
export type { RunningPostgres } from './lib/embedded/start-embedded-postgres';
