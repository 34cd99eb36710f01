import type { EntitySchema } from 'typeorm';

/** Entities of the discussion context (threads, comments, reactions; suggestions add theirs). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const DISCUSSION_ENTITIES: (Function | EntitySchema)[] = [];
