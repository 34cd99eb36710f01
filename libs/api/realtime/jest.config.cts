module.exports = {
  ...require('../../../tools/jest/api-preset.cjs'),
  displayName: 'api-realtime',
  rootDir: __dirname,
};
