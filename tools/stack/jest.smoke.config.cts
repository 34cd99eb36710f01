// The smoke test of `npm run stack` (npm run test:stack): real processes, so it
// needs the build (`npm run build`) and Debian's postgresql, redis-server and nginx.
module.exports = {
  ...require('../../tools/jest/api-preset.cjs'),
  displayName: 'tools-stack-smoke',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.smoke-spec.ts'],
  testTimeout: 60_000,
};
