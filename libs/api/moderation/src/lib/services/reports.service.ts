import { Inject, Injectable } from '@nestjs/common';
import { RateLimitService, assertCanContribute, isStaff, type UserEntity } from '@lukuhaaste/api/accounts';
import { NotFoundException, assertValid, checkUuid, isUniqueViolation } from '@lukuhaaste/api/common';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { DiscussionModeration, SuggestionsModeration, type ModerationChange } from '@lukuhaaste/api/discussion';
import { DataSource, type EntityManager } from 'typeorm';
import { REPORT_NOTE_MAX_LENGTH, REPORTS_PER_USER } from '../constants/moderation-limits.constant';
import type { ReportInput } from '../dtos/report.input';
import { ReportEntity } from '../entities/report.entity';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';
import { ReportStatus } from '../enums/report-status.enum';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception';
import { lockReportedItem, type LockedItem, type ReportedKind } from '../queries/lock-reported-item.query';
import { checkModerationText } from '../utils/check-moderation-text.util';
import { ModerationLogService } from './moderation-log.service';

/** Per kind: the input field, the item's column in reports and the log, and the one-open-report index. */
const TARGETS = {
  comment: { field: 'commentId', column: 'comment_id', openKey: 'reports_open_comment_reporter_key', what: 'Comment' },
  suggestion: {
    field: 'suggestionId',
    column: 'suggestion_id',
    openKey: 'reports_open_suggestion_reporter_key',
    what: 'Suggestion',
  },
} as const satisfies Record<ReportedKind, { field: string; column: string; openKey: string; what: string }>;

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
    private readonly suggestions: SuggestionsModeration,
    private readonly log: ModerationLogService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.autoHideThreshold = config.MODERATION_AUTO_HIDE_THRESHOLD;
  }

  async report(user: UserEntity, input: ReportInput): Promise<ReportEntity> {
    const note = checkModerationText('note', input.note, { max: REPORT_NOTE_MAX_LENGTH, required: false });
    const kind: ReportedKind = input.commentId != null ? 'comment' : 'suggestion';
    const id = input.commentId ?? input.suggestionId ?? '';
    const target = TARGETS[kind];
    assertValid([
      (input.commentId == null) === (input.suggestionId == null) ? { field: 'commentId', code: 'REQUIRED' } : null,
      id ? checkUuid(target.field, id) : null,
      note.problem,
    ]);
    assertCanContribute(user);
    await this.rateLimits.consume('moderation.report:user', user.id, REPORTS_PER_USER);
    try {
      const { report, hidden } = await this.dataSource.transaction(async (manager) => {
        const item = requireReportable(await lockReportedItem(manager, kind, id), kind, user);
        const saved = await manager.save(
          manager.create(ReportEntity, {
            commentId: kind === 'comment' ? item.id : null,
            suggestionId: kind === 'suggestion' ? item.id : null,
            reporterId: user.id,
            reason: input.reason,
            note: note.text,
          }),
        );
        return { report: saved, hidden: await this.autoHide(manager, item) };
      });
      if (hidden) await this.discussion.publish(hidden);
      return report;
    } catch (error) {
      if (isUniqueViolation(error, target.openKey))
        throw new ModerationException(ModerationExceptionCode.ALREADY_REPORTED);
      throw error;
    }
  }

  /**
   * Hides the item when its distinct open reporters reach the threshold. Not
   * again once a moderator restored it: a person has judged it, and further
   * reports wait in the queue instead of hiding it anew.
   */
  private async autoHide(manager: EntityManager, item: LockedItem): Promise<ModerationChange<unknown> | null> {
    if (item.hiddenAt !== null) return null;
    const { column } = TARGETS[item.kind];
    const [{ reporters, restored }]: Array<{ reporters: number; restored: boolean }> = await manager.query(
      `SELECT (SELECT count(DISTINCT reporter_id)::int FROM reports WHERE ${column} = $1 AND status = $2) AS reporters,
              EXISTS (SELECT 1 FROM moderation_actions WHERE ${column} = $1 AND action = $3) AS restored`,
      [item.id, ReportStatus.OPEN, ModerationActionKind.RESTORE],
    );
    if (reporters < this.autoHideThreshold || restored) return null;
    // No stored reason: the AUTO_HIDE action and the item's autoHidden flag say it in the reader's language.
    const by = { moderatorId: null, reason: null, automatic: true };
    const change =
      item.kind === 'comment'
        ? await this.discussion.setCommentHidden(item.id, true, by, manager)
        : await this.suggestions.setSuggestionHidden(item.id, true, by, manager);
    // Under the item's lock this always changes it; the check keeps the log honest if that ever stops holding.
    if (!change.changed) return null;
    await this.log.record(manager, {
      moderatorId: null,
      action: ModerationActionKind.AUTO_HIDE,
      commentId: item.kind === 'comment' ? item.id : null,
      suggestionId: item.kind === 'suggestion' ? item.id : null,
      threadId: item.threadId,
      targetUserId: item.authorId,
      reason: null,
    });
    return change;
  }
}

/** NOT_FOUND for what the reporter cannot see; BAD_USER_INPUT for their own item. */
function requireReportable(item: LockedItem | null, kind: ReportedKind, user: UserEntity): LockedItem {
  const target = TARGETS[kind];
  if (!item || (item.inDraft && !isStaff(user))) throw new NotFoundException(target.what);
  // Like Facebook: you cannot report yourself (edit or delete it instead).
  if (item.authorId === user.id) assertValid([{ field: target.field, code: 'INVALID_VALUE' }]);
  return item;
}
