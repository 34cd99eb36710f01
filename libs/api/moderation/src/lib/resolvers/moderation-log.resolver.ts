import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Role,
  Roles,
  UserOutput,
  userByIdLoader,
  type GraphqlContext,
  type UserEntity,
} from '@lukuhaaste/api/accounts';
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
import { ModerationActionConnection, ModerationActionOutput } from '../dtos/moderation-action.output';
import { ModerationLogArgs } from '../dtos/moderation-log.args';
import type { ModerationActionEntity } from '../entities/moderation-action.entity';
import { suggestionByIdLoader, threadByIdLoader } from '../loaders/moderation.loaders';
import { ModerationLogService } from '../services/moderation-log.service';

@Resolver(() => ModerationActionOutput)
export class ModerationLogResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: ModerationLogService,
    private readonly comments: CommentQueries,
  ) {}

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Query(() => ModerationActionConnection, { description: 'The audit log, newest first.' })
  moderationLog(@Args() { first, after, ...filter }: ModerationLogArgs): Promise<Connection<ModerationActionEntity>> {
    return this.log.list(filter, first, after);
  }

  @ResolveField(() => UserOutput, { nullable: true, description: 'Null for automatic actions.' })
  moderator(@Parent() action: ModerationActionEntity, @Context() { req }: GraphqlContext): Promise<UserEntity | null> {
    return this.user(req, action.moderatorId);
  }

  @ResolveField(() => UserOutput, { nullable: true, description: 'Suspended user, or author of the item.' })
  targetUser(@Parent() action: ModerationActionEntity, @Context() { req }: GraphqlContext): Promise<UserEntity | null> {
    return this.user(req, action.targetUserId);
  }

  @ResolveField(() => CommentOutput, { nullable: true })
  async comment(
    @Parent() action: ModerationActionEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<CommentEntity | null> {
    return action.commentId ? await commentByIdLoader(req, this.comments).load(action.commentId) : null;
  }

  @ResolveField(() => CategorySuggestionOutput, { nullable: true })
  async suggestion(
    @Parent() action: ModerationActionEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<CategorySuggestionEntity | null> {
    return action.suggestionId
      ? await suggestionByIdLoader(req, this.dataSource.manager).load(action.suggestionId)
      : null;
  }

  @ResolveField(() => ThreadOutput, { nullable: true })
  async thread(
    @Parent() action: ModerationActionEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<ThreadEntity | null> {
    return action.threadId ? await threadByIdLoader(req, this.dataSource.manager).load(action.threadId) : null;
  }

  private async user(req: object, id: string | null): Promise<UserEntity | null> {
    return id ? await userByIdLoader(req, this.dataSource.manager).load(id) : null;
  }
}
