import { ACCOUNTS_RESOLVERS } from '@lukuhaaste/api/accounts';
import { BOOKS_RESOLVERS } from '@lukuhaaste/api/books';

/** Every resolver class, used to print the schema file without a database. */
export const GRAPHQL_RESOLVERS = [...ACCOUNTS_RESOLVERS, ...BOOKS_RESOLVERS];
