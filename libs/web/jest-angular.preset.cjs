// Jest settings shared by the web libraries: jest-preset-angular in CommonJS
// mode (zoneless TestBed), path aliases resolved by the Nx resolver.
const { nxPreset } = require('@nx/jest/preset');

module.exports = {
  ...nxPreset,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // Angular packages ship .mjs; @jsverse/utils ships ES modules as .js.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/))'],
};
