module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-config',
  rootDir: __dirname,
};
