module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-observability',
  rootDir: __dirname,
};
