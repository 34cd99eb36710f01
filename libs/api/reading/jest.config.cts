module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-reading',
  rootDir: __dirname,
};
