module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-librarian-feature-catalogue',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/librarian/feature-catalogue',
};
