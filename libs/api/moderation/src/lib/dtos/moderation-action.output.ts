import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';

/** A row of the moderation log; the users, comment, suggestion and thread it names are resolved. */
@ObjectType('ModerationAction')
export class ModerationActionOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ModerationActionKind)
  action!: ModerationActionKind;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  createdAt!: Date;
}

export const ModerationActionConnection = ConnectionType(ModerationActionOutput, 'ModerationAction');
