// Unit specs: the config renderer and the options, no processes started.
module.exports = {
  ...require('../../tools/jest/api-preset.cjs'),
  displayName: 'tools-stack',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
