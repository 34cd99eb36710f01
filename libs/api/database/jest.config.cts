module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-database',
  rootDir: __dirname,
};
