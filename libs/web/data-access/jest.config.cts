module.exports = {
  preset: '../jest-angular.preset.cjs',
  displayName: 'web-data-access',
  rootDir: __dirname,
  coverageDirectory: '../../../coverage/libs/web/data-access',
};
