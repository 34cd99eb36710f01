import { ACCOUNTS_RESOLVERS } from '@lukuhaaste/api/accounts';
import { BOOKS_RESOLVERS } from '@lukuhaaste/api/books';
import { CHALLENGES_RESOLVERS } from '@lukuhaaste/api/challenges';
import { DateScalar } from '@lukuhaaste/api/common';
import { DISCUSSION_RESOLVERS } from '@lukuhaaste/api/discussion';
import { MODERATION_RESOLVERS } from '@lukuhaaste/api/moderation';
import { NOTIFICATIONS_RESOLVERS } from '@lukuhaaste/api/notifications';
import { READING_RESOLVERS } from '@lukuhaaste/api/reading';

/** Every resolver class, used to print the schema file without a database. */
export const GRAPHQL_RESOLVERS = [
  ...ACCOUNTS_RESOLVERS,
  ...BOOKS_RESOLVERS,
  ...CHALLENGES_RESOLVERS,
  ...READING_RESOLVERS,
  ...DISCUSSION_RESOLVERS,
  ...NOTIFICATIONS_RESOLVERS,
  ...MODERATION_RESOLVERS,
];

/** Custom scalars, which the schema printer must be given explicitly. */
export const GRAPHQL_SCALARS = [DateScalar];
