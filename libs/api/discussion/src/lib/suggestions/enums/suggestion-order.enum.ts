import { registerEnumType } from '@nestjs/graphql';

export enum SuggestionOrder {
  /** Most votes first, newer first among equals. */
  VOTES = 'VOTES',
  NEWEST = 'NEWEST',
}

registerEnumType(SuggestionOrder, { name: 'SuggestionOrder' });
