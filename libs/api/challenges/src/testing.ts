export * from './lib/testing/create-test-challenge';
