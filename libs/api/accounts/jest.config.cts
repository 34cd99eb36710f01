module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-accounts',
  rootDir: __dirname,
};
