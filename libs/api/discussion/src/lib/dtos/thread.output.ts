import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';
import { ThreadKind } from '../enums/thread-kind.enum';

/** `category`, `author` and `viewerCanPost` are resolved fields. */
@ObjectType('Thread')
export class ThreadOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  challengeId!: string;

  @Field(() => ThreadKind)
  kind!: ThreadKind;

  @Field(() => String, { nullable: true, description: 'GENERAL threads; a CATEGORY thread is titled by its category.' })
  title!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  lastActivityAt!: Date;

  @Field(() => Int, { description: 'Comments and replies not deleted by their authors (hidden ones included).' })
  commentCount!: number;

  @Field(() => Date, { nullable: true })
  pinnedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lockedAt!: Date | null;
}

export const ThreadConnection = ConnectionType(ThreadOutput, 'Thread');
