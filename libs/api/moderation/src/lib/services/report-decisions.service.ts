import { Injectable } from '@nestjs/common';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { NotificationKind, NotificationsService } from '@lukuhaaste/api/notifications';
import { NotFoundException, assertValid, checkUuid } from '@lukuhaaste/api/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { MODERATION_REASON_MAX_LENGTH } from '../constants/moderation-limits.constant';
import { ReportEntity } from '../entities/report.entity';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';
import { ReportStatus } from '../enums/report-status.enum';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception';
import { checkModerationText } from '../utils/check-moderation-text.util';
import { ModerationLogService } from './moderation-log.service';

export type ReportOutcome = ReportStatus.RESOLVED | ReportStatus.DISMISSED;

/**
 * Decided reports leave the queue: RESOLVED (acted on) or DISMISSED (nothing
 * wrong). Each decision is logged, and its reporter is told the outcome (in
 * the same transaction, delivered live after the commit).
 */
@Injectable()
export class ReportDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: ModerationLogService,
    private readonly notifications: NotificationsService,
  ) {}

  async decide(
    moderator: UserEntity,
    reportId: string,
    outcome: ReportOutcome,
    note: string | null | undefined,
  ): Promise<ReportEntity> {
    const text = checkModerationText('note', note, { max: MODERATION_REASON_MAX_LENGTH, required: false });
    assertValid([checkUuid('id', reportId), text.problem]);
    return await this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(ReportEntity, {
        where: { id: reportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!report) throw new NotFoundException('Report');
      if (report.status !== ReportStatus.OPEN) throw new ModerationException(ModerationExceptionCode.REPORT_DECIDED);
      const [decided] = await this.close(manager, moderator, outcome, text.text, { id: reportId });
      return decided as ReportEntity;
    });
  }

  /** Decides every open report of one item at once (one click in the queue); returns how many were open. */
  async decideItem(
    moderator: UserEntity,
    target: { commentId?: string | null; suggestionId?: string | null },
    outcome: ReportStatus,
  ): Promise<number> {
    const commentId = target.commentId ?? null;
    const suggestionId = target.suggestionId ?? null;
    assertValid([
      (commentId === null) === (suggestionId === null) ? { field: 'commentId', code: 'REQUIRED' } : null,
      commentId !== null ? checkUuid('commentId', commentId) : null,
      suggestionId !== null ? checkUuid('suggestionId', suggestionId) : null,
      outcome === ReportStatus.OPEN ? { field: 'outcome', code: 'INVALID_VALUE' } : null,
    ]);
    return await this.dataSource.transaction(async (manager) => {
      const where = commentId !== null ? { commentId } : { suggestionId: suggestionId as string };
      return (await this.close(manager, moderator, outcome as ReportOutcome, null, where)).length;
    });
  }

  /** Closes the open reports matching `where`, one log row per report (it names the report and its reporter's item). */
  private async close(
    manager: EntityManager,
    moderator: UserEntity,
    outcome: ReportOutcome,
    note: string | null,
    where: { id: string } | { commentId: string } | { suggestionId: string },
  ): Promise<ReportEntity[]> {
    const open = await manager.find(ReportEntity, {
      where: { ...where, status: ReportStatus.OPEN },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (open.length === 0) return [];
    await manager
      .createQueryBuilder()
      .update(ReportEntity)
      .set({ status: outcome, resolvedAt: () => 'now()', resolvedById: moderator.id })
      .whereInIds(open.map((report) => report.id))
      .execute();
    await this.log.record(
      manager,
      open.map((report) => ({
        moderatorId: moderator.id,
        action: outcome === ReportStatus.RESOLVED ? ModerationActionKind.RESOLVE : ModerationActionKind.DISMISS,
        reportId: report.id,
        commentId: report.commentId,
        suggestionId: report.suggestionId,
        reason: note,
      })),
    );
    const threadOf = await this.threadsOfComments(manager, open);
    for (const report of open) {
      // A moderator deciding their own report needs no notification of it.
      if (report.reporterId === moderator.id) continue;
      await this.notifications.notify(manager, {
        userId: report.reporterId,
        kind: NotificationKind.REPORT_OUTCOME,
        reportId: report.id,
        outcome,
        commentId: report.commentId,
        threadId: report.commentId ? threadOf.get(report.commentId) : null,
      });
    }
    return await manager.find(ReportEntity, {
      where: { id: In(open.map((report) => report.id)) },
      order: { createdAt: 'ASC' },
    });
  }

  /** The thread of each reported comment, so the notification links to it (one query). */
  private async threadsOfComments(manager: EntityManager, reports: ReportEntity[]): Promise<Map<string, string>> {
    const commentIds = [...new Set(reports.flatMap((report) => (report.commentId ? [report.commentId] : [])))];
    if (commentIds.length === 0) return new Map();
    const rows: Array<{ id: string; thread_id: string }> = await manager.query(
      `SELECT id, thread_id FROM comments WHERE id = ANY($1::uuid[])`,
      [commentIds],
    );
    return new Map(rows.map((row) => [row.id, row.thread_id]));
  }
}
