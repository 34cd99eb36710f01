import { ApolloArmor } from '@escape.tech/graphql-armor';

/** graphql-js's parser limit; a longer document fails to parse (HTTP 400, GRAPHQL_PARSE_FAILED). */
export const MAX_TOKENS = 3000;

/**
 * Depth, cost, alias and directive limits (graphql-armor), shared by HTTP and
 * the websocket so a subscription cannot ask for more than a query may.
 * Production also hides "did you mean" suggestions.
 */
export function protectWithArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Armor's token limit throws from a parsing hook, which Apollo answers
    // with HTTP 500; graphql-js's own parser limit (MAX_TOKENS) fails the
    // parse instead: HTTP 400, GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
