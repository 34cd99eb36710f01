export * from './lib/testing/create-test-user';
