import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';
import { NotificationKind } from '../enums/notification-kind.enum';

/**
 * `actor` is resolved here; `thread` and `comment` by the discussion context
 * and `outcome` by moderation (field resolvers on this type), which may depend
 * on notifications but not the other way round. Resolvers get the entity.
 */
@ObjectType('Notification')
export class NotificationOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationOutput, 'Notification') {}
