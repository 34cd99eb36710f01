module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-common',
  rootDir: __dirname,
};
