import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, Public, type GraphqlContext, type UserEntity } from '@lukuhaaste/api/accounts';
import { PubSub } from '@lukuhaaste/api/realtime';
import { CommentOutput } from '../dtos/comment.output';
import { ThreadEventOutput } from '../dtos/thread-event.output';
import { ThreadOutput } from '../dtos/thread.output';
import type { CommentEntity } from '../entities/comment.entity';
import type { ThreadEntity } from '../entities/thread.entity';
import { threadTopic, type ThreadEventMessage } from '../events/thread-event-message';
import { commentByIdLoader } from '../loaders/discussion.loaders';
import { CommentQueries } from '../services/comment-queries.service';
import { ThreadAccess } from '../services/thread-access.service';

/**
 * Live thread updates. The published message only names the comment; each
 * subscriber's event loads it as that viewer sees it (every event is resolved
 * with fresh request-scoped loaders, so an edit arrives edited).
 */
@Resolver(() => ThreadEventOutput)
export class ThreadEventsResolver {
  constructor(
    private readonly access: ThreadAccess,
    private readonly queries: CommentQueries,
    private readonly pubSub: PubSub,
  ) {}

  @Public()
  @Subscription(() => ThreadEventOutput, {
    description:
      "New, edited, deleted, hidden and restored comments, reaction changes and locking of a thread (graphql-ws). NOT_FOUND for a draft challenge's thread unless staff.",
    resolve: (message: ThreadEventMessage, { threadId }: { threadId: string }): ThreadEventOutput => ({
      ...message,
      threadId,
    }),
  })
  async threadEvents(
    @CurrentUser() viewer: UserEntity | null,
    @Args('threadId', { type: () => ID }) threadId: string,
  ): Promise<AsyncIterableIterator<ThreadEventMessage>> {
    await this.access.requireThread(threadId, viewer);
    return this.pubSub.subscribe<ThreadEventMessage>(threadTopic(threadId));
  }

  @ResolveField(() => CommentOutput, { nullable: true })
  async comment(@Parent() event: ThreadEventOutput, @Context() { req }: GraphqlContext): Promise<CommentEntity | null> {
    return event.commentId ? await commentByIdLoader(req, this.queries).load(event.commentId) : null;
  }

  @ResolveField(() => ThreadOutput)
  thread(@Parent() event: ThreadEventOutput, @CurrentUser() viewer: UserEntity | null): Promise<ThreadEntity> {
    return this.access.requireThread(event.threadId, viewer);
  }
}
