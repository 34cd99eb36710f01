module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'shared-util-rules',
  rootDir: __dirname,
};
