import nx from '@nx/eslint-plugin';

/**
 * Bounded contexts of the API and the contexts each may import (DESIGN.md):
 * reading → challenges, books; every context → accounts. No cycles: a context
 * that needs something from one that depends on it asks through a narrow
 * service method of the lower one instead (e.g. reading counts entries,
 * challenges stores the progress). Every context may also use the platform
 * libs (common, config, database: tag `domain:platform`) and shared rules.
 */
const DOMAIN_DEPENDENCIES = {
  'domain:platform': [],
  'domain:accounts': [],
  'domain:books': ['domain:accounts'],
  'domain:challenges': ['domain:accounts'],
  'domain:reading': ['domain:challenges', 'domain:books', 'domain:accounts'],
  'domain:notifications': ['domain:accounts'],
  'domain:discussion': [
    'domain:challenges',
    'domain:books',
    'domain:reading',
    'domain:notifications',
    'domain:accounts',
  ],
  'domain:moderation': ['domain:discussion', 'domain:notifications', 'domain:accounts'],
};

const domainConstraints = Object.entries(DOMAIN_DEPENDENCIES).map(([domain, allowed]) => ({
  sourceTag: domain,
  onlyDependOnLibsWithTags: [domain, ...allowed, 'domain:platform', 'scope:shared'],
}));

/**
 * Module boundaries: scope keeps the browser and the server apart, type keeps
 * the layering (app → feature → ui/data-access → util) one-way, and domain
 * keeps the API's contexts one-way. `scope:tools` is the developer tooling
 * (stack, bench, Lighthouse) and its Node-only libs, which the API's
 * integration specs share for starting real processes.
 */
const depConstraints = [
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:tools'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:ui', 'type:util'],
  },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  ...domainConstraints,
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/generated/**', '.data/**', 'tmp/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.cts', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^.*/tools/jest/.*$'],
          depConstraints,
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
];
