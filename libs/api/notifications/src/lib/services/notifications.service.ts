import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertValid, checkUuid, MAX_PAGE_SIZE, type Connection } from '@lukuhaaste/api/common';
import { AfterCommitPublisher } from '@lukuhaaste/api/realtime';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';
import type { NotificationKind } from '../enums/notification-kind.enum';
import type { ReportOutcome } from '../enums/report-outcome.enum';
import { decodeNotificationCursor, encodeNotificationCursor } from '../utils/notification-cursor.util';
import { toNotificationMessage } from '../utils/notification-message.util';
import { notificationsTopic } from '../utils/notifications-topic.util';

export interface NotifyInput {
  userId: string;
  kind: NotificationKind;
  actorId?: string | null;
  threadId?: string | null;
  commentId?: string | null;
  reportId?: string | null;
  outcome?: ReportOutcome | null;
}

export interface NotificationPageArgs {
  first: number;
  after: string | null;
  unreadOnly: boolean;
}

/** Most ids one markNotificationsRead call takes (a page is at most MAX_PAGE_SIZE). */
export const MAX_MARK_READ_IDS = MAX_PAGE_SIZE;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly publisher: AfterCommitPublisher,
  ) {}

  /**
   * Adds a notification in the caller's transaction (it exists exactly when
   * what it tells about does) and announces it on `notifications:<userId>`
   * after that transaction commits. Nobody is notified of their own action.
   */
  async notify(manager: EntityManager, input: NotifyInput): Promise<void> {
    if (input.actorId != null && input.actorId === input.userId) return;
    const notification = await manager.save(
      manager.create(NotificationEntity, {
        userId: input.userId,
        kind: input.kind,
        actorId: input.actorId ?? null,
        threadId: input.threadId ?? null,
        commentId: input.commentId ?? null,
        reportId: input.reportId ?? null,
        outcome: input.outcome ?? null,
        readAt: null,
      }),
    );
    await this.publisher.publish(manager, notificationsTopic(input.userId), toNotificationMessage(notification));
  }

  /** Newest first; keyset pages. */
  async list(
    userId: string,
    { first, after, unreadOnly }: NotificationPageArgs,
  ): Promise<Connection<NotificationEntity>> {
    const cursor = after === null ? null : decodeNotificationCursor(after);
    assertValid([
      first < 1 || first > MAX_PAGE_SIZE
        ? { field: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_PAGE_SIZE } }
        : null,
      after !== null && cursor === null ? { field: 'after', code: 'INVALID_VALUE' } : null,
    ]);
    const mine = this.notifications
      .createQueryBuilder('notification')
      .where('notification.userId = :userId', { userId })
      .andWhere(unreadOnly ? 'notification.readAt IS NULL' : 'TRUE');
    const totalCount = await mine.clone().getCount();
    if (cursor) {
      mine.andWhere('(notification.createdAt, notification.id) < (:createdAt, :id)', cursor);
    }
    const rows = await mine
      .orderBy('notification.createdAt', 'DESC')
      .addOrderBy('notification.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeNotificationCursor(node), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: cursor !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
  }

  /** Marks the given (or all) unread notifications of the user read; returns how many changed. Others' ids are ignored. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    if (ids !== null) {
      assertValid([
        ids.length > MAX_MARK_READ_IDS ? { field: 'ids', code: 'TOO_LONG', params: { max: MAX_MARK_READ_IDS } } : null,
        ids.map((id) => checkUuid('ids', id)).find((problem) => problem !== null) ?? null,
      ]);
      if (ids.length === 0) return 0;
    }
    const update = this.notifications
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId });
    if (ids !== null) update.andWhere('id = ANY(:ids::uuid[])', { ids });
    const result = await update.execute();
    return result.affected ?? 0;
  }
}
