module.exports = {
  ...require('../../tools/jest/api-preset.cjs'),
  displayName: 'tools-bench',
  rootDir: __dirname,
};
