module.exports = {
  preset: '../jest-angular.preset.cjs',
  displayName: 'web-ui',
  rootDir: __dirname,
  coverageDirectory: '../../../coverage/libs/web/ui',
};
