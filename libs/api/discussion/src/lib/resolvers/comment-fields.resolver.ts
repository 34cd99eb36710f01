import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  userByIdLoader,
  UserOutput,
  type GraphqlContext,
  type UserEntity,
} from '@lukuhaaste/api/accounts';
import { BookOutput, BooksService, type BookEntity } from '@lukuhaaste/api/books';
import { DataSource } from 'typeorm';
import { CommentOutput } from '../dtos/comment.output';
import { ReactionCountOutput } from '../dtos/reaction-count.output';
import type { CommentEntity } from '../entities/comment.entity';
import { bookByIdLoader, loadReplies, ratingByEntryLoader, reactionsLoader } from '../loaders/discussion.loaders';
import { CommentQueries, type ReactionCount } from '../services/comment-queries.service';
import { isCommentReadable } from '../utils/comment-visibility.util';

/** A comment's nested fields, batched per request; its viewer-dependent scalars are in CommentOutput. */
@Resolver(() => CommentOutput)
export class CommentFieldsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: CommentQueries,
    private readonly books: BooksService,
  ) {}

  @ResolveField(() => UserOutput, { nullable: true, description: 'Null when deleted.' })
  async author(@Parent() comment: CommentEntity, @Context() { req }: GraphqlContext): Promise<UserEntity | null> {
    return comment.deletedAt ? null : await userByIdLoader(req, this.dataSource.manager).load(comment.authorId);
  }

  @ResolveField(() => BookOutput, {
    nullable: true,
    description: 'The book the comment is about, when the viewer may read it.',
  })
  async book(
    @Parent() comment: CommentEntity,
    @CurrentUser() viewer: UserEntity | null,
    @Context() { req }: GraphqlContext,
  ): Promise<BookEntity | null> {
    return comment.bookId && isCommentReadable(comment, viewer)
      ? await bookByIdLoader(req, this.books).load(comment.bookId)
      : null;
  }

  @ResolveField(() => Int, { nullable: true, description: "The shared reading entry's rating (1–5), as it is now." })
  async rating(
    @Parent() comment: CommentEntity,
    @CurrentUser() viewer: UserEntity | null,
    @Context() { req }: GraphqlContext,
  ): Promise<number | null> {
    return comment.readingEntryId && isCommentReadable(comment, viewer)
      ? await ratingByEntryLoader(req, this.queries).load(comment.readingEntryId)
      : null;
  }

  @ResolveField(() => [ReactionCountOutput], {
    description: 'Kinds someone reacted with (LIKE, LOVE, LAUGH, WOW order).',
  })
  reactions(
    @Parent() comment: CommentEntity,
    @CurrentUser() viewer: UserEntity | null,
    @Context() { req }: GraphqlContext,
  ): Promise<ReactionCount[]> {
    return reactionsLoader(req, this.queries, viewer?.id ?? null).load(comment.id);
  }

  @ResolveField(() => [CommentOutput], {
    description: 'Replies to a top-level comment, oldest first (empty for a reply).',
  })
  async replies(@Parent() comment: CommentEntity, @Context() { req }: GraphqlContext): Promise<CommentEntity[]> {
    return comment.parentId ? [] : await loadReplies(req, this.queries, comment.id);
  }

  @ResolveField(() => Int)
  async replyCount(@Parent() comment: CommentEntity, @Context() { req }: GraphqlContext): Promise<number> {
    return comment.parentId ? 0 : (await loadReplies(req, this.queries, comment.id)).length;
  }
}
