import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ThreadEventKind } from '../enums/thread-event-kind.enum';

/** `comment` (loaded fresh for each subscriber) and `thread` are resolved fields. */
@ObjectType('ThreadEvent')
export class ThreadEventOutput {
  @Field(() => ThreadEventKind)
  kind!: ThreadEventKind;

  @Field(() => ID)
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for THREAD_LOCKED and THREAD_UNLOCKED.' })
  commentId!: string | null;
}
