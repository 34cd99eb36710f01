import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, generated from the schema the API emits.
 * Run `npm run codegen`; CI runs `npm run codegen:check` to catch stale output.
 *
 * No `typescript` plugin: since v6, `typescript-operations` emits the input and
 * enum types the documents use, and adding `typescript` would declare them twice.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/data-access/src/**/*.graphql'],
  generates: {
    'libs/web/data-access/src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
