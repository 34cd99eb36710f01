module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-accounts-feature-profile',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/accounts/feature-profile',
};
