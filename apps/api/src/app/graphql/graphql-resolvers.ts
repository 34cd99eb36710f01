import { ACCOUNTS_RESOLVERS } from '@lukuhaaste/api/accounts';

/** Every resolver class, used to print the schema file without a database. */
export const GRAPHQL_RESOLVERS = [...ACCOUNTS_RESOLVERS];
