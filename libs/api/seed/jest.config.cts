module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-seed',
  rootDir: __dirname,
};
