module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-books',
  rootDir: __dirname,
};
