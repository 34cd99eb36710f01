import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, generated from the schema the API emits.
 * Run `npm run codegen`; CI runs `npm run codegen:check` to catch stale output.
 *
 * No `typescript` plugin: since v6, `typescript-operations` emits the input and
 * enum types the documents use, and adding `typescript` would declare them twice.
 *
 * One output per lazily loaded area: the bundler places a whole module in the
 * initial chunk when the shell (session) needs any of it, so the reading
 * challenge's documents live in their own file behind their own entry point.
 */
const DOCS = 'libs/web/data-access/src';
// my-data: the profile page's export and account deletion, loaded with the profile like its branch select.
const READING_DOCS = [
  `${DOCS}/lib/challenges/**/*.graphql`,
  `${DOCS}/lib/reading/**/*.graphql`,
  `${DOCS}/lib/my-data/**/*.graphql`,
];
const LIBRARIAN_DOCS = [`${DOCS}/lib/librarian/**/*.graphql`];
const DISCUSSION_DOCS = [`${DOCS}/lib/discussion/**/*.graphql`];
const NOTIFICATIONS_DOCS = [`${DOCS}/lib/notifications/**/*.graphql`];
const SUGGESTIONS_DOCS = [`${DOCS}/lib/suggestions/**/*.graphql`];
const MODERATION_DOCS = [`${DOCS}/lib/moderation/**/*.graphql`];

const output = {
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    enumType: 'string-literal',
    useTypeImports: true,
    scalars: { DateTime: 'string', Date: 'string' },
  },
};

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  generates: {
    [`${DOCS}/generated/graphql.ts`]: {
      ...output,
      documents: [
        `${DOCS}/**/*.graphql`,
        ...[
          ...READING_DOCS,
          ...LIBRARIAN_DOCS,
          ...DISCUSSION_DOCS,
          ...NOTIFICATIONS_DOCS,
          ...SUGGESTIONS_DOCS,
          ...MODERATION_DOCS,
        ].map((glob) => `!${glob}`),
      ],
    },
    [`${DOCS}/generated/reading.ts`]: { ...output, documents: READING_DOCS },
    [`${DOCS}/generated/librarian.ts`]: { ...output, documents: LIBRARIAN_DOCS },
    [`${DOCS}/generated/discussion.ts`]: { ...output, documents: DISCUSSION_DOCS },
    [`${DOCS}/generated/notifications.ts`]: { ...output, documents: NOTIFICATIONS_DOCS },
    [`${DOCS}/generated/suggestions.ts`]: { ...output, documents: SUGGESTIONS_DOCS },
    [`${DOCS}/generated/moderation.ts`]: { ...output, documents: MODERATION_DOCS },
  },
};

export default config;
