import { Inject, Injectable } from '@nestjs/common';
import { RateLimitService, assertCanContribute, isStaff, type UserEntity } from '@lukuhaaste/api/accounts';
import { NotFoundException, assertValid, checkUuid, isUniqueViolation } from '@lukuhaaste/api/common';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { DiscussionModeration, type ModerationChange } from '@lukuhaaste/api/discussion';
import { DataSource, type EntityManager } from 'typeorm';
import { REPORT_NOTE_MAX_LENGTH, REPORTS_PER_USER } from '../constants/moderation-limits.constant';
import type { ReportInput } from '../dtos/report.input';
import { ReportEntity } from '../entities/report.entity';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';
import { ReportStatus } from '../enums/report-status.enum';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception';
import { lockComment, type LockedItem } from '../queries/lock-reported-item.query';
import { checkModerationText } from '../utils/check-moderation-text.util';
import { ModerationLogService } from './moderation-log.service';

/** Shown to staff as the hidden reason of an automatically hidden item. */
const AUTO_HIDE_REASON = 'Reported by several readers';

/**
 * Readers report comments and suggestions. Once enough distinct readers have
 * an open report on an item, it is hidden until a moderator looks: the item's
 * row is locked first, so concurrent reports count one after another and the
 * automatic hide (and its log row) happens exactly once.
 */
@Injectable()
export class ReportsService {
  private readonly autoHideThreshold: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitService,
    private readonly discussion: DiscussionModeration,
    private readonly log: ModerationLogService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.autoHideThreshold = config.MODERATION_AUTO_HIDE_THRESHOLD;
  }

  async report(user: UserEntity, input: ReportInput): Promise<ReportEntity> {
    const note = checkModerationText('note', input.note, { max: REPORT_NOTE_MAX_LENGTH, required: false });
    const commentId = input.commentId ?? null;
    assertValid([
      (commentId === null) === (input.suggestionId == null) ? { field: 'commentId', code: 'REQUIRED' } : null,
      commentId !== null ? checkUuid('commentId', commentId) : null,
      note.problem,
    ]);
    assertCanContribute(user);
    await this.rateLimits.consume('moderation.report:user', user.id, REPORTS_PER_USER);
    try {
      const { report, hidden } = await this.dataSource.transaction(async (manager) => {
        const item = requireReportable(await lockComment(manager, commentId as string), user, 'commentId');
        const saved = await manager.save(
          manager.create(ReportEntity, {
            commentId: item.id,
            reporterId: user.id,
            reason: input.reason,
            note: note.text,
          }),
        );
        return { report: saved, hidden: await this.autoHideComment(manager, item) };
      });
      if (hidden) await this.discussion.publish(hidden);
      return report;
    } catch (error) {
      if (isUniqueViolation(error, 'reports_open_comment_reporter_key')) {
        throw new ModerationException(ModerationExceptionCode.ALREADY_REPORTED);
      }
      throw error;
    }
  }

  /**
   * Hides the comment when its distinct open reporters reach the threshold.
   * Not again once a moderator restored it: a person has judged it, and
   * further reports wait in the queue instead of hiding it anew.
   */
  private async autoHideComment(manager: EntityManager, item: LockedItem): Promise<ModerationChange<unknown> | null> {
    if (item.hiddenAt !== null) return null;
    const [{ reporters, restored }]: Array<{ reporters: number; restored: boolean }> = await manager.query(
      `SELECT (SELECT count(DISTINCT reporter_id)::int FROM reports WHERE comment_id = $1 AND status = $2) AS reporters,
              EXISTS (SELECT 1 FROM moderation_actions WHERE comment_id = $1 AND action = $3) AS restored`,
      [item.id, ReportStatus.OPEN, ModerationActionKind.RESTORE],
    );
    if (reporters < this.autoHideThreshold || restored) return null;
    const change = await this.discussion.setCommentHidden(
      item.id,
      true,
      { moderatorId: null, reason: AUTO_HIDE_REASON, automatic: true },
      manager,
    );
    await this.log.record(manager, {
      moderatorId: null,
      action: ModerationActionKind.AUTO_HIDE,
      commentId: item.id,
      threadId: item.threadId,
      targetUserId: item.authorId,
      reason: AUTO_HIDE_REASON,
    });
    return change;
  }
}

/** NOT_FOUND for what the reporter cannot see; BAD_USER_INPUT for their own item. */
function requireReportable(item: LockedItem | null, user: UserEntity, field: string): LockedItem {
  if (!item || (item.inDraft && !isStaff(user))) throw new NotFoundException('Comment');
  // Like Facebook: you cannot report yourself (delete or edit it instead).
  if (item.authorId === user.id) assertValid([{ field, code: 'INVALID_VALUE' }]);
  return item;
}
