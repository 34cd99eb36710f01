module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-librarian-feature-stats',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/librarian/feature-stats',
};
