import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatGraphqlError } from '@lukuhaaste/api/common';
import type { AppConfig } from '@lukuhaaste/api/config';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Apollo settings: CSRF prevention on, and limits on depth, cost, aliases and
 * tokens so one request cannot exhaust the server. Production also hides
 * introspection and "did you mean" suggestions.
 */
export function buildGraphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
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
    plugins: armor.plugins,
    validationRules: armor.validationRules,
    context: (req: FastifyRequest, reply: FastifyReply): GraphqlContext => ({ req, reply }),
    formatError: (formatted) => formatGraphqlError(formatted, !production),
  };
}
