import { Field, ObjectType } from '@nestjs/graphql';
import { UserOutput } from './user.output';

@ObjectType()
export class AuthPayload {
  /** Also set as an httpOnly cookie; API clients send it as `Authorization: Bearer`. */
  @Field()
  token!: string;

  @Field(() => UserOutput)
  user!: UserOutput;
}
