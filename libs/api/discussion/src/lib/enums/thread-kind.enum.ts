import { registerEnumType } from '@nestjs/graphql';

/** CATEGORY: one per challenge category, created by the database; GENERAL: started by a user. */
export enum ThreadKind {
  CATEGORY = 'CATEGORY',
  GENERAL = 'GENERAL',
}

registerEnumType(ThreadKind, { name: 'ThreadKind' });
