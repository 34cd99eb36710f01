import { Injectable } from '@nestjs/common';
import { groupToKeys, toOffsetConnection, toOffsetPage, type Connection } from '@lukuhaaste/api/common';
import { DataSource, In } from 'typeorm';
import type { ModerationItemOutput } from '../dtos/moderation-item.output';
import type { ReportReasonCountOutput } from '../dtos/report-reason-count.output';
import { ReportEntity } from '../entities/report.entity';
import { ReportStatus } from '../enums/report-status.enum';

interface QueueRow {
  comment_id: string | null;
  suggestion_id: string | null;
  thread_id: string | null;
  report_count: number;
  first_reported_at: Date;
  auto_hidden: boolean;
  total: number;
}

/**
 * Open reports grouped by item, the order a moderator works in: items hidden
 * automatically first (readers cannot see them until someone decides), then
 * the most reported, then the longest waiting. Two queries whatever the page
 * size; the items themselves resolve through loaders.
 */
@Injectable()
export class ModerationQueueService {
  constructor(private readonly dataSource: DataSource) {}

  async queue(first: number, after: string | null | undefined): Promise<Connection<ModerationItemOutput>> {
    const page = toOffsetPage(first, after);
    const rows: QueueRow[] = await this.dataSource.query(
      `WITH items AS (
         SELECT comment_id, suggestion_id, count(*)::int AS report_count, min(created_at) AS first_reported_at
           FROM reports
          WHERE status = 'OPEN'
          GROUP BY comment_id, suggestion_id
       )
       SELECT items.*, comment.thread_id,
              coalesce(comment.hidden_automatically, suggestion.hidden_automatically, false) AS auto_hidden,
              count(*) OVER ()::int AS total
         FROM items
         LEFT JOIN comments comment ON comment.id = items.comment_id
         LEFT JOIN category_suggestions suggestion ON suggestion.id = items.suggestion_id
        ORDER BY auto_hidden DESC, report_count DESC, first_reported_at, coalesce(items.comment_id, items.suggestion_id)
       OFFSET $1 LIMIT $2`,
      [page.offset, page.limit],
    );
    const reports = await this.openReportsOf(rows);
    const items = rows.map((row, index): ModerationItemOutput => {
      const itemReports = reports[index] ?? [];
      return {
        commentId: row.comment_id,
        suggestionId: row.suggestion_id,
        threadId: row.thread_id,
        reportCount: row.report_count,
        reasons: countReasons(itemReports),
        reports: itemReports,
        autoHidden: row.auto_hidden,
        firstReportedAt: row.first_reported_at,
      };
    });
    return toOffsetConnection(items, page, rows[0]?.total ?? 0);
  }

  /** The open reports of each row's item, oldest first, in one query. */
  private async openReportsOf(rows: QueueRow[]): Promise<ReportEntity[][]> {
    const keyOfRow = (row: QueueRow) => row.comment_id ?? row.suggestion_id;
    const commentIds = rows.flatMap((row) => (row.comment_id ? [row.comment_id] : []));
    const suggestionIds = rows.flatMap((row) => (row.suggestion_id ? [row.suggestion_id] : []));
    const where = [
      ...(commentIds.length > 0 ? [{ status: ReportStatus.OPEN, commentId: In(commentIds) }] : []),
      ...(suggestionIds.length > 0 ? [{ status: ReportStatus.OPEN, suggestionId: In(suggestionIds) }] : []),
    ];
    if (where.length === 0) return [];
    const reports = await this.dataSource.manager.find(ReportEntity, { where, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupToKeys(rows.map(keyOfRow), reports, (report) => report.commentId ?? report.suggestionId);
  }
}

/** Most frequent reason first; ties alphabetically, so the list does not jump between loads. */
function countReasons(reports: ReportEntity[]): ReportReasonCountOutput[] {
  const counts = new Map<ReportEntity['reason'], number>();
  for (const report of reports) counts.set(report.reason, (counts.get(report.reason) ?? 0) + 1);
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
