module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-moderation',
  rootDir: __dirname,
};
