module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-discussion',
  rootDir: __dirname,
};
