import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE, assertValid, checkUuid, type Connection } from '@lukuhaaste/api/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ModerationActionEntity } from '../entities/moderation-action.entity';
import type { ModerationActionKind } from '../enums/moderation-action-kind.enum';
import { decodeLogCursor, encodeLogCursor } from '../utils/log-cursor.util';

export type NewModerationAction = Pick<ModerationActionEntity, 'moderatorId' | 'action'> &
  Partial<
    Pick<ModerationActionEntity, 'targetUserId' | 'commentId' | 'suggestionId' | 'threadId' | 'reportId' | 'reason'>
  >;

export interface ModerationLogFilter {
  moderatorId?: string | null;
  /** The user an action concerned (suspended, or author of the hidden item). */
  userId?: string | null;
  action?: ModerationActionKind | null;
  /** Calendar days in Helsinki, both inclusive. */
  from?: string | null;
  to?: string | null;
}

/** The append-only audit log: every moderation change writes its row in the change's own transaction. */
@Injectable()
export class ModerationLogService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entries: NewModerationAction | NewModerationAction[]): Promise<void> {
    await manager.insert(ModerationActionEntity, entries);
  }

  /** Newest first; two queries (page and total) whatever the page size. */
  async list(
    filter: ModerationLogFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<ModerationActionEntity>> {
    assertValid([
      first < 1 || first > MAX_PAGE_SIZE
        ? { field: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_PAGE_SIZE } }
        : null,
      filter.moderatorId ? checkUuid('moderatorId', filter.moderatorId) : null,
      filter.userId ? checkUuid('userId', filter.userId) : null,
    ]);
    const query = this.dataSource.manager.createQueryBuilder(ModerationActionEntity, 'log');
    if (filter.moderatorId) query.andWhere('log.moderatorId = :moderatorId', { moderatorId: filter.moderatorId });
    if (filter.userId) query.andWhere('log.targetUserId = :userId', { userId: filter.userId });
    if (filter.action) query.andWhere('log.action = :action', { action: filter.action });
    if (filter.from) {
      query.andWhere(`log.createdAt >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Helsinki')`, {
        from: filter.from,
      });
    }
    if (filter.to) {
      query.andWhere(`log.createdAt < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Helsinki')`, {
        to: filter.to,
      });
    }
    const totalCount = await query.getCount();
    if (after) {
      query.andWhere(
        '(log.createdAt, log.id) < (SELECT previous.created_at, previous.id FROM moderation_actions previous WHERE previous.id = :afterId)',
        { afterId: decodeLogCursor(after) },
      );
    }
    const rows = await query
      .orderBy('log.createdAt', 'DESC')
      .addOrderBy('log.id', 'DESC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeLogCursor(node.id), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
