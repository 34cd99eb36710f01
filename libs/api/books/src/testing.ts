export * from './lib/testing/create-test-book';
export * from './lib/testing/hostile-open-library';
export * from './lib/testing/goodreads-fixture';
