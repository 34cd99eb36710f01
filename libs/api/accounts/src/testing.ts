export * from './lib/testing/create-test-user';
export * from './lib/testing/create-test-branch';
