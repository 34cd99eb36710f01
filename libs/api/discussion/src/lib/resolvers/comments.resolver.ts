import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type GraphqlContext, type UserEntity } from '@lukuhaaste/api/accounts';
import { toOffsetConnection, type Connection } from '@lukuhaaste/api/common';
import { CommentConnection, CommentOutput } from '../dtos/comment.output';
import { EditCommentInput } from '../dtos/edit-comment.input';
import { PostCommentInput } from '../dtos/post-comment.input';
import type { CommentEntity } from '../entities/comment.entity';
import { ReactionKind } from '../enums/reaction-kind.enum';
import { keepPageReplies } from '../loaders/discussion.loaders';
import { CommentQueries } from '../services/comment-queries.service';
import { CommentsService } from '../services/comments.service';
import { MarkdownPreview } from '../services/markdown-preview.service';
import { ReactionsService } from '../services/reactions.service';
import { ThreadAccess } from '../services/thread-access.service';

@Resolver(() => CommentOutput)
export class CommentsResolver {
  constructor(
    private readonly access: ThreadAccess,
    private readonly queries: CommentQueries,
    private readonly commentsService: CommentsService,
    private readonly reactions: ReactionsService,
    private readonly preview: MarkdownPreview,
  ) {}

  @Public()
  @Query(() => CommentConnection, {
    description:
      "A thread's TOP-LEVEL comments, oldest first (replies via Comment.replies). first/after pages forwards (default 20); last without before is the newest page, with before pages backwards; around: the page (of `first`) holding that comment or, for a reply, its parent.",
  })
  async comments(
    @CurrentUser() viewer: UserEntity | null,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('last', { type: () => Int, nullable: true }) last: number | null,
    @Args('before', { type: () => String, nullable: true }) before: string | null,
    @Args('around', { type: () => ID, nullable: true }) around: string | null,
    @Context() { req }: GraphqlContext,
  ): Promise<Connection<CommentEntity>> {
    await this.access.requireVisibleThread(threadId, viewer);
    const found = await this.queries.page(threadId, { first, after, last, before, around });
    keepPageReplies(req, found);
    return toOffsetConnection(found.rows, found.page, found.total);
  }

  @Mutation(() => CommentOutput, {
    description:
      'RATE_LIMITED past 10 a minute or 120 an hour. Locked thread: FORBIDDEN (reason THREAD_LOCKED) unless staff. Field errors: body REQUIRED/TOO_LONG/INVALID_CHARACTERS, parentId INVALID_VALUE (not a top-level comment of this thread).',
  })
  postComment(@CurrentUser() user: UserEntity, @Args('input') input: PostCommentInput): Promise<CommentEntity> {
    return this.commentsService.post(user, input);
  }

  @Mutation(() => CommentOutput, { description: 'Author only (FORBIDDEN, reason NOT_AUTHOR); sets editedAt.' })
  editComment(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditCommentInput,
  ): Promise<CommentEntity> {
    return this.commentsService.edit(user, id, input);
  }

  @Mutation(() => CommentOutput, {
    description: 'Author only. Soft: the comment stays as "deleted" so its replies keep their place.',
  })
  deleteComment(@CurrentUser() user: UserEntity, @Args('id', { type: () => ID }) id: string): Promise<CommentEntity> {
    return this.commentsService.delete(user, id);
  }

  @Mutation(() => CommentOutput, { description: 'Idempotent. RATE_LIMITED past 60 a minute.' })
  react(
    @CurrentUser() user: UserEntity,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('kind', { type: () => ReactionKind }) kind: ReactionKind,
  ): Promise<CommentEntity> {
    return this.reactions.react(user, commentId, kind);
  }

  @Mutation(() => CommentOutput, { description: 'Idempotent.' })
  unreact(
    @CurrentUser() user: UserEntity,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('kind', { type: () => ReactionKind }) kind: ReactionKind,
  ): Promise<CommentEntity> {
    return this.reactions.unreact(user, commentId, kind);
  }

  @Mutation(() => String, {
    description: 'The sanitized HTML a comment with this body would show (same renderer). Signed-in users.',
  })
  previewMarkdown(
    @CurrentUser() user: UserEntity,
    @Args('body', { type: () => String }) body: string,
  ): Promise<string> {
    return this.preview.render(user, body);
  }
}
