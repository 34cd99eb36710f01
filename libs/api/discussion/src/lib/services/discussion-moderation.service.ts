import { Injectable } from '@nestjs/common';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import type { EntityManager } from 'typeorm';
import { DiscussionException, DiscussionExceptionCode } from '../discussion.exception';
import { CommentEntity } from '../entities/comment.entity';
import { ThreadEntity } from '../entities/thread.entity';
import { ThreadEventKind } from '../enums/thread-event-kind.enum';
import type { PendingThreadEvent } from '../events/thread-event-message';
import { ThreadEvents } from './thread-events.service';
import { hiddenColumns } from '../utils/hidden-columns.util';

export interface HiddenBy {
  /** Null when hidden automatically (enough reports). */
  moderatorId: string | null;
  reason: string | null;
  automatic: boolean;
}

/**
 * The result of a moderation change made in the caller's transaction.
 * `changed` is false when the target already was in that state (nothing
 * written, no event). Publish `event` with `publish()` AFTER the caller's
 * transaction committed: subscribers reload the comment, and must neither
 * miss the change nor hear of one that was rolled back.
 */
export interface ModerationChange<T> {
  value: T;
  changed: boolean;
  event: PendingThreadEvent | null;
}

/**
 * What the moderation context may do to discussion rows. Each method locks
 * its row FOR UPDATE in the caller's transaction, so concurrent moderators
 * (or an automatic hide racing a librarian) change it once.
 */
@Injectable()
export class DiscussionModeration {
  constructor(private readonly events: ThreadEvents) {}

  /** Hidden comments keep counting in the thread (patrons see a placeholder in their place). */
  async setCommentHidden(
    commentId: string,
    hidden: boolean,
    by: HiddenBy,
    manager: EntityManager,
  ): Promise<ModerationChange<CommentEntity>> {
    assertValid([checkUuid('commentId', commentId)]);
    const comment = await manager.findOne(CommentEntity, {
      where: { id: commentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!comment) throw new DiscussionException(DiscussionExceptionCode.COMMENT_NOT_FOUND);
    if ((comment.hiddenAt !== null) === hidden) return { value: comment, changed: false, event: null };
    await manager.update(CommentEntity, { id: commentId }, hiddenColumns(hidden, by));
    return {
      value: await manager.findOneByOrFail(CommentEntity, { id: commentId }),
      changed: true,
      event: {
        threadId: comment.threadId,
        kind: hidden ? ThreadEventKind.COMMENT_HIDDEN : ThreadEventKind.COMMENT_RESTORED,
        commentId,
      },
    };
  }

  async setThreadLocked(
    threadId: string,
    locked: boolean,
    manager: EntityManager,
  ): Promise<ModerationChange<ThreadEntity>> {
    const thread = await this.lockThread(threadId, manager);
    if ((thread.lockedAt !== null) === locked) return { value: thread, changed: false, event: null };
    await manager.update(ThreadEntity, { id: threadId }, { lockedAt: locked ? () => 'now()' : null });
    return {
      value: await manager.findOneByOrFail(ThreadEntity, { id: threadId }),
      changed: true,
      event: {
        threadId,
        kind: locked ? ThreadEventKind.THREAD_LOCKED : ThreadEventKind.THREAD_UNLOCKED,
        commentId: null,
      },
    };
  }

  /** Pinning only reorders the thread list; there is no thread event for it. */
  async setThreadPinned(
    threadId: string,
    pinned: boolean,
    manager: EntityManager,
  ): Promise<ModerationChange<ThreadEntity>> {
    const thread = await this.lockThread(threadId, manager);
    if ((thread.pinnedAt !== null) === pinned) return { value: thread, changed: false, event: null };
    await manager.update(ThreadEntity, { id: threadId }, { pinnedAt: pinned ? () => 'now()' : null });
    return { value: await manager.findOneByOrFail(ThreadEntity, { id: threadId }), changed: true, event: null };
  }

  /** Call after the transaction that made `change` committed. */
  async publish(change: Pick<ModerationChange<unknown>, 'event'>): Promise<void> {
    await this.events.publish(change.event);
  }

  private async lockThread(threadId: string, manager: EntityManager): Promise<ThreadEntity> {
    assertValid([checkUuid('threadId', threadId)]);
    const thread = await manager.findOne(ThreadEntity, {
      where: { id: threadId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!thread) throw new DiscussionException(DiscussionExceptionCode.THREAD_NOT_FOUND);
    return thread;
  }
}
