import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, Roles, type GraphqlContext } from '@lukuhaaste/api/accounts';
import type { Connection } from '@lukuhaaste/api/common';
import {
  CategorySuggestionOutput,
  CommentOutput,
  CommentQueries,
  ThreadOutput,
  commentByIdLoader,
  type CategorySuggestionEntity,
  type CommentEntity,
  type ThreadEntity,
} from '@lukuhaaste/api/discussion';
import { DataSource } from 'typeorm';
import { ModerationItemConnection, ModerationItemOutput } from '../dtos/moderation-item.output';
import { suggestionByIdLoader, threadByIdLoader } from '../loaders/moderation.loaders';
import { ModerationQueueService } from '../services/moderation-queue.service';

@Resolver(() => ModerationItemOutput)
export class ModerationQueueResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: ModerationQueueService,
    private readonly comments: CommentQueries,
  ) {}

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Query(() => ModerationItemConnection, {
    description: 'Open reports grouped by item: automatically hidden first, then most reported, then oldest.',
  })
  moderationQueue(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ModerationItemOutput>> {
    return this.queue.queue(first, after);
  }

  @ResolveField(() => CommentOutput, { nullable: true, description: 'The reported comment, hidden or not.' })
  async comment(
    @Parent() item: ModerationItemOutput,
    @Context() { req }: GraphqlContext,
  ): Promise<CommentEntity | null> {
    return item.commentId ? await commentByIdLoader(req, this.comments).load(item.commentId) : null;
  }

  @ResolveField(() => CategorySuggestionOutput, { nullable: true })
  async suggestion(
    @Parent() item: ModerationItemOutput,
    @Context() { req }: GraphqlContext,
  ): Promise<CategorySuggestionEntity | null> {
    return item.suggestionId ? await suggestionByIdLoader(req, this.dataSource.manager).load(item.suggestionId) : null;
  }

  @ResolveField(() => ThreadOutput, { nullable: true, description: "The comment's thread." })
  async thread(@Parent() item: ModerationItemOutput, @Context() { req }: GraphqlContext): Promise<ThreadEntity | null> {
    return item.threadId ? await threadByIdLoader(req, this.dataSource.manager).load(item.threadId) : null;
  }
}
