import { ACCOUNTS_ENTITIES, ACCOUNTS_MIGRATIONS } from '@lukuhaaste/api/accounts';
import { BOOKS_ENTITIES, BOOKS_MIGRATIONS } from '@lukuhaaste/api/books';
import { CHALLENGES_ENTITIES, CHALLENGES_MIGRATIONS } from '@lukuhaaste/api/challenges';
import { DATABASE_MIGRATIONS, type SchemaParts } from '@lukuhaaste/api/database';
import { READING_ENTITIES, READING_MIGRATIONS } from '@lukuhaaste/api/reading';
import { DISCUSSION_ENTITIES, DISCUSSION_MIGRATIONS } from '@lukuhaaste/api/discussion';
import { NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@lukuhaaste/api/notifications';
import { MODERATION_ENTITIES, MODERATION_MIGRATIONS } from '@lukuhaaste/api/moderation';

/** Every context's entities and migrations, in the order migrations must run. */
export const SCHEMA: SchemaParts = {
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...BOOKS_ENTITIES,
    ...CHALLENGES_ENTITIES,
    ...READING_ENTITIES,
    ...DISCUSSION_ENTITIES,
    ...NOTIFICATIONS_ENTITIES,
    ...MODERATION_ENTITIES,
  ],
  migrations: [
    ...DATABASE_MIGRATIONS,
    ...ACCOUNTS_MIGRATIONS,
    ...BOOKS_MIGRATIONS,
    ...CHALLENGES_MIGRATIONS,
    ...READING_MIGRATIONS,
    ...DISCUSSION_MIGRATIONS,
    ...NOTIFICATIONS_MIGRATIONS,
    ...MODERATION_MIGRATIONS,
  ],
};
