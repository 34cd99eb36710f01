import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '../enums/locale.enum';
import { Role } from '../enums/role.enum';

/** Public face of a user; `email` is resolved only for its owner and admins. */
@ObjectType('User')
export class UserOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Locale)
  locale!: Locale;

  @Field(() => ID, { nullable: true, description: 'The library branch the user picked as home; see homeBranch.' })
  homeBranchId!: string | null;

  @Field()
  createdAt!: Date;
}
