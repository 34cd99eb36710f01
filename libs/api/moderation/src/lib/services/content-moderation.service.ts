import { Injectable } from '@nestjs/common';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid } from '@lukuhaaste/api/common';
import {
  DiscussionModeration,
  SuggestionsModeration,
  type CategorySuggestionEntity,
  type CommentEntity,
  type ModerationChange,
  type ThreadEntity,
} from '@lukuhaaste/api/discussion';
import { DataSource, type EntityManager } from 'typeorm';
import { MODERATION_REASON_MAX_LENGTH } from '../constants/moderation-limits.constant';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception';
import { checkModerationText } from '../utils/check-moderation-text.util';
import { ModerationLogService, type NewModerationAction } from './moderation-log.service';

/**
 * Staff changes to discussion content: hide/restore comments and category
 * suggestions, lock/unlock and pin/unpin threads. Each runs in one transaction with its log row; the
 * thread's subscribers hear of it only after the commit. Acting on an item
 * already in the wanted state is CONFLICT, so two moderators acting at once
 * learn that the other was quicker and the log holds one row.
 */
@Injectable()
export class ContentModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly discussion: DiscussionModeration,
    private readonly suggestions: SuggestionsModeration,
    private readonly log: ModerationLogService,
  ) {}

  async setCommentHidden(
    moderator: UserEntity,
    commentId: string,
    hidden: boolean,
    reason: string | null | undefined,
  ): Promise<CommentEntity> {
    const text = checkReason(reason, true);
    return await this.apply(async (manager) => {
      const change = await this.discussion.setCommentHidden(
        commentId,
        hidden,
        { moderatorId: moderator.id, reason: text, automatic: false },
        manager,
      );
      await this.record(manager, change, {
        moderatorId: moderator.id,
        action: hidden ? ModerationActionKind.HIDE : ModerationActionKind.RESTORE,
        commentId,
        threadId: change.value.threadId,
        targetUserId: change.value.authorId,
        reason: text,
      });
      return change;
    });
  }

  async setSuggestionHidden(
    moderator: UserEntity,
    suggestionId: string,
    hidden: boolean,
    reason: string | null | undefined,
  ): Promise<CategorySuggestionEntity> {
    const text = checkReason(reason, true);
    return await this.apply(async (manager) => {
      const change = await this.suggestions.setSuggestionHidden(
        suggestionId,
        hidden,
        { moderatorId: moderator.id, reason: text, automatic: false },
        manager,
      );
      await this.record(manager, change, {
        moderatorId: moderator.id,
        action: hidden ? ModerationActionKind.HIDE : ModerationActionKind.RESTORE,
        suggestionId,
        targetUserId: change.value.authorId,
        reason: text,
      });
      return change;
    });
  }

  async setThreadLocked(
    moderator: UserEntity,
    threadId: string,
    locked: boolean,
    reason: string | null | undefined,
  ): Promise<ThreadEntity> {
    const text = checkReason(reason, false);
    return await this.apply(async (manager) => {
      const change = await this.discussion.setThreadLocked(threadId, locked, manager);
      await this.record(manager, change, {
        moderatorId: moderator.id,
        action: locked ? ModerationActionKind.LOCK : ModerationActionKind.UNLOCK,
        threadId,
        reason: text,
      });
      return change;
    });
  }

  async setThreadPinned(moderator: UserEntity, threadId: string, pinned: boolean): Promise<ThreadEntity> {
    return await this.apply(async (manager) => {
      const change = await this.discussion.setThreadPinned(threadId, pinned, manager);
      await this.record(manager, change, {
        moderatorId: moderator.id,
        action: pinned ? ModerationActionKind.PIN : ModerationActionKind.UNPIN,
        threadId,
      });
      return change;
    });
  }

  private async apply<T>(work: (manager: EntityManager) => Promise<ModerationChange<T>>): Promise<T> {
    const change = await this.dataSource.transaction(work);
    await this.discussion.publish(change);
    return change.value;
  }

  private async record(
    manager: EntityManager,
    change: ModerationChange<unknown>,
    entry: NewModerationAction,
  ): Promise<void> {
    if (!change.changed) throw new ModerationException(ModerationExceptionCode.NO_CHANGE);
    await this.log.record(manager, entry);
  }
}

/** Hiding and restoring need a reason (the log is how staff explain themselves); locking may have one. */
function checkReason(reason: string | null | undefined, required: boolean): string | null {
  const checked = checkModerationText('reason', reason, { max: MODERATION_REASON_MAX_LENGTH, required });
  assertValid([checked.problem]);
  return checked.text;
}
