import { registerEnumType } from '@nestjs/graphql';

/** What a patron says is wrong with a catalogue book. */
export enum BookFlagReason {
  WRONG_TITLE = 'WRONG_TITLE',
  WRONG_AUTHOR = 'WRONG_AUTHOR',
  WRONG_ISBN = 'WRONG_ISBN',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}

registerEnumType(BookFlagReason, { name: 'BookFlagReason' });
