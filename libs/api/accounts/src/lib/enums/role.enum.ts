import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  PATRON = 'PATRON',
  LIBRARIAN = 'LIBRARIAN',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role' });
