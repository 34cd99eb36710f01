import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataHolder, type PersonalDataRow } from '@lukuhaaste/api/accounts';
import type { EntityManager } from 'typeorm';
import { sharedProgressPath } from '../utils/shared-progress-path.util';

/** Public progress pages in "my data"; deleting the account revokes every one of them. */
@Injectable()
export class ProgressSharingPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, userId: string): Promise<Record<string, PersonalDataRow[]>> {
    const rows: Array<{ slug: string; year: number; challenge: string }> = await manager.query(
      `SELECT s.slug, c.year, coalesce(c.title ->> u.locale::text, c.title ->> 'fi') AS challenge
         FROM progress_share_slugs AS s
         JOIN users AS u ON u.id = s.user_id
         JOIN participations AS p ON p.user_id = s.user_id AND p.shares_progress
         JOIN challenges AS c ON c.id = p.challenge_id
        WHERE s.user_id = $1
        ORDER BY c.year, c.id`,
      [userId],
    );
    return {
      sharedProgressPages: rows.map(({ slug, year, challenge }) => ({
        challenge,
        path: sharedProgressPath(slug, year),
      })),
    };
  }

  async erasePersonalData(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE participations SET shares_progress = false WHERE user_id = $1 AND shares_progress`, [
      userId,
    ]);
    await manager.query(`DELETE FROM progress_share_slugs WHERE user_id = $1`, [userId]);
  }
}
