module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-discussion-feature-threads',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/discussion/feature-threads',
};
