// GraphQL-over-HTTP specs against real PostgreSQL: one server per run
// (globalSetup), one fresh migrated database per spec file.
module.exports = {
  ...require('../../tools/jest/api-preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30_000,
};
