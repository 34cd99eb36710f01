module.exports = {
  preset: '../../jest-angular.preset.cjs',
  displayName: 'web-moderation-ui-moderation',
  rootDir: __dirname,
  coverageDirectory: '../../../../coverage/libs/web/moderation/ui-moderation',
};
