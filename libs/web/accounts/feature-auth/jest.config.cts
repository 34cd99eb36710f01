module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-accounts-feature-auth',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/accounts/feature-auth',
};
