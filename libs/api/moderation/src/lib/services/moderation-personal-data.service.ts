import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataHolder, type PersonalDataRow } from '@lukuhaaste/api/accounts';
import type { EntityManager } from 'typeorm';

/**
 * Reports the user made, in "my data". Deleting the account keeps them for
 * the moderation history (an open one still needs a decision) under the
 * pseudonym, but drops the reporter's free-text note. The moderation log is
 * append-only and untouched: its rows keep pointing at the tombstone user,
 * whose display name is now the pseudonym.
 */
@Injectable()
export class ModerationPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, userId: string): Promise<Record<string, PersonalDataRow[]>> {
    const reports: PersonalDataRow[] = await manager.query(
      `SELECT id, comment_id AS "commentId", suggestion_id AS "suggestionId", reason, note, status,
              created_at AS "createdAt", resolved_at AS "resolvedAt"
         FROM reports WHERE reporter_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    return { reports };
  }

  async erasePersonalData(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE reports SET note = NULL WHERE reporter_id = $1 AND note IS NOT NULL`, [userId]);
  }
}
