module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-challenges-feature-suggestions',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/challenges/feature-suggestions',
};
