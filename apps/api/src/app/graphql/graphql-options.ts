import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { formatGraphqlError } from '@lukuhaaste/api/common';
import type { AppConfig } from '@lukuhaaste/api/config';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_TOKENS, protectWithArmor } from './graphql-limits';
import { noStorePlugin } from './graphql-no-store.plugin';

/** Where Apollo answers over HTTP and graphql-ws takes websocket upgrades. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Apollo settings: CSRF prevention on, and limits on depth, cost, aliases,
 * directives and tokens so one request cannot exhaust the server. Each limit
 * rejects with HTTP 400 before anything runs: GRAPHQL_PARSE_FAILED for tokens,
 * GRAPHQL_VALIDATION_FAILED for the others. Production also hides
 * introspection and "did you mean" suggestions.
 */
export function buildGraphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.NODE_ENV === 'production';
  const armor = protectWithArmor(production);

  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !production,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // No per-field plugin hooks (willResolveField): with none, Apollo leaves the resolvers unwrapped.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled(), noStorePlugin],
    validationRules: armor.validationRules,
    context: (req: FastifyRequest, reply: FastifyReply): GraphqlContext => ({ req, reply }),
    formatError: (formatted, thrown) => formatGraphqlError(formatted, !production, thrown),
  };
}
