export * from './lib/testing/test-postgres';
