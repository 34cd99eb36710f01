module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'shared-util-csv',
  rootDir: __dirname,
};
