import { Injectable } from '@nestjs/common';
import { assertCanContribute, RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import { DataSource } from 'typeorm';
import { DISCUSSION_RATE_LIMITS } from '../constants/discussion-limits.constant';
import { DiscussionException, DiscussionExceptionCode } from '../discussion.exception';
import type { CommentEntity } from '../entities/comment.entity';
import type { ReactionKind } from '../enums/reaction-kind.enum';
import { ThreadEventKind } from '../enums/thread-event-kind.enum';
import { canPostIn, ThreadAccess } from './thread-access.service';
import { ThreadEvents } from './thread-events.service';

/**
 * Reactions are rows keyed (comment, user, kind): adding one twice or
 * removing a missing one changes nothing, so retries and double taps are
 * harmless and counts (computed from the rows) cannot drift.
 */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ThreadAccess,
    private readonly rateLimits: RateLimitService,
    private readonly events: ThreadEvents,
  ) {}

  async react(user: UserEntity, commentId: string, kind: ReactionKind): Promise<CommentEntity> {
    const comment = await this.requireReactable(user, commentId);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO comment_reactions (comment_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING kind`,
      [comment.id, user.id, kind],
    );
    await this.changed(comment, inserted.length);
    return comment;
  }

  async unreact(user: UserEntity, commentId: string, kind: ReactionKind): Promise<CommentEntity> {
    const comment = await this.requireReactable(user, commentId);
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM comment_reactions WHERE comment_id = $1 AND user_id = $2 AND kind = $3`,
      [comment.id, user.id, kind],
    );
    await this.changed(comment, deleted);
    return comment;
  }

  /** Visible, not deleted, in a thread the user may post in (a lock freezes reactions too). */
  private async requireReactable(user: UserEntity, commentId: string): Promise<CommentEntity> {
    assertCanContribute(user);
    const comment = await this.access.requireComment(commentId, user);
    await this.rateLimits.consume('discussion.reaction', user.id, DISCUSSION_RATE_LIMITS.reactionsPerMinute);
    if (comment.deletedAt) throw new DiscussionException(DiscussionExceptionCode.COMMENT_DELETED);
    if (comment.thread && !canPostIn(comment.thread, user))
      throw new DiscussionException(DiscussionExceptionCode.THREAD_LOCKED);
    return comment;
  }

  private async changed(comment: CommentEntity, rows: number): Promise<void> {
    if (rows > 0)
      await this.events.publish({
        threadId: comment.threadId,
        kind: ThreadEventKind.REACTIONS_CHANGED,
        commentId: comment.id,
      });
  }
}
