module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-librarian-feature-moderation',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/librarian/feature-moderation',
};
