import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { DateScalar } from '@lukuhaaste/api/common';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';

@ArgsType()
export class ModerationLogArgs {
  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => ID, { nullable: true })
  moderatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user an action concerned: suspended, or author of the item.' })
  userId?: string | null;

  @Field(() => ModerationActionKind, { nullable: true })
  action?: ModerationActionKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day, inclusive (Helsinki time).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, inclusive (Helsinki time).' })
  to?: string | null;
}
