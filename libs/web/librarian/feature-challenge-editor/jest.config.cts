module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-librarian-feature-challenge-editor',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/librarian/feature-challenge-editor',
};
