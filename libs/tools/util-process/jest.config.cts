module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'tools-util-process',
  rootDir: __dirname,
};
