import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import { NotificationOutput, type NotificationEntity } from '@lukuhaaste/api/notifications';
import { DataSource } from 'typeorm';
import { CommentOutput } from '../dtos/comment.output';
import { ThreadOutput } from '../dtos/thread.output';
import type { CommentEntity } from '../entities/comment.entity';
import type { ThreadEntity } from '../entities/thread.entity';
import { commentByIdLoader, threadByIdLoader } from '../loaders/discussion.loaders';
import { CommentQueries } from '../services/comment-queries.service';

/**
 * Notification.thread and Notification.comment live here because
 * notifications may not depend on discussion. Null when the target is gone.
 */
@Resolver(() => NotificationOutput)
export class NotificationTargetsResolver {
  constructor(
    private readonly queries: CommentQueries,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => ThreadOutput, { nullable: true })
  async thread(
    @Parent() notification: NotificationEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<ThreadEntity | null> {
    return notification.threadId
      ? await threadByIdLoader(req, this.dataSource.manager).load(notification.threadId)
      : null;
  }

  @ResolveField(() => CommentOutput, {
    nullable: true,
    description: 'As the reader sees it (hidden or deleted: no text).',
  })
  async comment(
    @Parent() notification: NotificationEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<CommentEntity | null> {
    return notification.commentId ? await commentByIdLoader(req, this.queries).load(notification.commentId) : null;
  }
}
