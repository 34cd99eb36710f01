import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

/** Shared by the web app and every web lib: Angular rules and the `lh` prefix. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'lh', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'lh', style: 'kebab-case' }],
      '@angular-eslint/pipe-prefix': ['error', { prefixes: ['lh'] }],
    },
  },
];
