module.exports = {
  ...require('../../tools/jest/api-preset.cjs'),
  displayName: 'tools-lighthouse',
  rootDir: __dirname,
};
