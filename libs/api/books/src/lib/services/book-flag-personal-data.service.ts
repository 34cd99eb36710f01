import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataHolder, type PersonalDataRow } from '@lukuhaaste/api/accounts';
import type { EntityManager } from 'typeorm';

/**
 * Catalogue flags the user raised, in "my data". Deleting the account keeps
 * them (librarians still fix the book) without the flagger's free-text note.
 */
@Injectable()
export class BookFlagPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, userId: string): Promise<Record<string, PersonalDataRow[]>> {
    const bookFlags: PersonalDataRow[] = await manager.query(
      `SELECT f.id, b.title AS book, f.reason, f.note, f.created_at AS "createdAt", f.resolved_at AS "resolvedAt"
         FROM book_flags AS f JOIN books AS b ON b.id = f.book_id
        WHERE f.user_id = $1 ORDER BY f.created_at, f.id`,
      [userId],
    );
    return { bookFlags };
  }

  async erasePersonalData(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE book_flags SET note = NULL WHERE user_id = $1 AND note IS NOT NULL`, [userId]);
  }
}
