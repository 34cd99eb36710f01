import { registerEnumType } from '@nestjs/graphql';

export enum BookFormat {
  PRINT = 'PRINT',
  EBOOK = 'EBOOK',
  AUDIOBOOK = 'AUDIOBOOK',
}

registerEnumType(BookFormat, { name: 'BookFormat' });
