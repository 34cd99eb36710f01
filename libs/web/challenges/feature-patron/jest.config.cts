module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-challenges-feature-patron',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/challenges/feature-patron',
};
