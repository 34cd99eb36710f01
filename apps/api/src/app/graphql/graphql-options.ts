import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatGraphqlError } from '@lukuhaaste/api/common';
import type { AppConfig } from '@lukuhaaste/api/config';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';

const MAX_TOKENS = 3000;

/**
 * Apollo settings: CSRF prevention on, and limits on depth, cost, aliases,
 * directives and tokens so one request cannot exhaust the server. Each limit
 * rejects with HTTP 400 before anything runs: GRAPHQL_PARSE_FAILED for tokens,
 * GRAPHQL_VALIDATION_FAILED for the others. Production also hides
 * introspection and "did you mean" suggestions.
 */
export function buildGraphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Armor's token limit throws from a parsing hook, which Apollo answers
    // with HTTP 500; graphql-js's own parser limit below fails the parse
    // instead: HTTP 400, GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !production,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: armor.plugins,
    validationRules: armor.validationRules,
    context: (req: FastifyRequest, reply: FastifyReply): GraphqlContext => ({ req, reply }),
    formatError: (formatted) => formatGraphqlError(formatted, !production),
  };
}
