module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-challenges',
  rootDir: __dirname,
};
