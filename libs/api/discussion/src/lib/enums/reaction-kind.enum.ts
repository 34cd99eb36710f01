import { registerEnumType } from '@nestjs/graphql';

export enum ReactionKind {
  LIKE = 'LIKE',
  LOVE = 'LOVE',
  LAUGH = 'LAUGH',
  WOW = 'WOW',
}

registerEnumType(ReactionKind, { name: 'ReactionKind' });
