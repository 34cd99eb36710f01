import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  isStaff,
  isSuspended,
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

const isAuthor = (comment: CommentEntity, viewer: UserEntity | null) => viewer?.id === comment.authorId;

/**
 * What each viewer may see of a comment: a deleted one is a placeholder for
 * everyone; a hidden one for patrons (its author included), while staff see
 * it whole with the reason. Nested fields are batched per request.
 */
@Resolver(() => CommentOutput)
export class CommentFieldsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: CommentQueries,
    private readonly books: BooksService,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Sanitized HTML; null when deleted, or hidden and the viewer is not staff.',
  })
  bodyHtml(@Parent() comment: CommentEntity, @CurrentUser() viewer: UserEntity | null): string | null {
    return this.isReadable(comment, viewer) ? comment.bodyHtml : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown source, for its author (editing) and staff.' })
  body(@Parent() comment: CommentEntity, @CurrentUser() viewer: UserEntity | null): string | null {
    return !comment.deletedAt && (isAuthor(comment, viewer) || isStaff(viewer)) ? comment.body : null;
  }

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
    return comment.bookId && this.isReadable(comment, viewer)
      ? await bookByIdLoader(req, this.books).load(comment.bookId)
      : null;
  }

  @ResolveField(() => Int, { nullable: true, description: "The shared reading entry's rating (1–5), as it is now." })
  async rating(
    @Parent() comment: CommentEntity,
    @CurrentUser() viewer: UserEntity | null,
    @Context() { req }: GraphqlContext,
  ): Promise<number | null> {
    return comment.readingEntryId && this.isReadable(comment, viewer)
      ? await ratingByEntryLoader(req, this.queries).load(comment.readingEntryId)
      : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why a moderator hid it: staff only.' })
  hiddenReason(@Parent() comment: CommentEntity, @CurrentUser() viewer: UserEntity | null): string | null {
    return isStaff(viewer) ? comment.hiddenReason : null;
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

  @ResolveField(() => Boolean)
  viewerCanEdit(@Parent() comment: CommentEntity, @CurrentUser() viewer: UserEntity | null): boolean {
    return this.isOwnLive(comment, viewer);
  }

  @ResolveField(() => Boolean)
  viewerCanDelete(@Parent() comment: CommentEntity, @CurrentUser() viewer: UserEntity | null): boolean {
    return this.isOwnLive(comment, viewer);
  }

  @ResolveField(() => Boolean, { description: 'Signed in, not the author, and the comment is not deleted.' })
  viewerCanReport(@Parent() comment: CommentEntity, @CurrentUser() viewer: UserEntity | null): boolean {
    return viewer !== null && !isAuthor(comment, viewer) && !comment.deletedAt && !isSuspended(viewer);
  }

  private isReadable(comment: CommentEntity, viewer: UserEntity | null): boolean {
    return !comment.deletedAt && (!comment.hiddenAt || isStaff(viewer));
  }

  private isOwnLive(comment: CommentEntity, viewer: UserEntity | null): boolean {
    return viewer !== null && isAuthor(comment, viewer) && !comment.deletedAt && !isSuspended(viewer);
  }
}
