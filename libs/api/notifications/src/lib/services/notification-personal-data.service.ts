import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataHolder, type PersonalDataRow } from '@lukuhaaste/api/accounts';
import type { EntityManager } from 'typeorm';

/**
 * The user's own notifications in "my data"; deleting the account deletes
 * them. Notifications others got about the user's replies stay, and show
 * the pseudonym as their actor.
 */
@Injectable()
export class NotificationPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, userId: string): Promise<Record<string, PersonalDataRow[]>> {
    const notifications: PersonalDataRow[] = await manager.query(
      `SELECT id, kind, thread_id AS "threadId", comment_id AS "commentId", report_id AS "reportId", outcome,
              created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    return { notifications };
  }

  async erasePersonalData(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
  }
}
