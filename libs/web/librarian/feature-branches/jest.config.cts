module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-librarian-feature-branches',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/librarian/feature-branches',
};
