module.exports = {
  ...require('../../tools/jest/api-preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
};
