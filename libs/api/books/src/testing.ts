export * from './lib/testing/create-test-book';
export * from './lib/testing/hostile-open-library';
