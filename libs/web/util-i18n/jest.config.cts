module.exports = {
  preset: '../jest-angular.preset.cjs',
  displayName: 'web-util-i18n',
  rootDir: __dirname,
  coverageDirectory: '../../../coverage/libs/web/util-i18n',
};
