// Jest settings for server-side and shared code. NestJS 12 ships ESM only, so
// tests run in Node's native ESM mode (NODE_OPTIONS=--experimental-vm-modules)
// with SWC emitting ES modules and keeping decorator metadata for Nest's DI.
const { pathsToModuleNameMapper } = require('./paths.cjs');

module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: pathsToModuleNameMapper(),
};
