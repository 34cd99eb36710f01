import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  PersonalDataRegistry,
  READING_ENTRIES_SECTION,
  type PersonalDataHolder,
  type PersonalDataRow,
} from '@lukuhaaste/api/accounts';
import type { EntityManager } from 'typeorm';

/**
 * Reading entries in "my data". A deleted account's entries and
 * participations stay, so participant counts, books read and progress in
 * the statistics do not change; only the review (the person's own words)
 * goes, with its spoiler flag.
 */
@Injectable()
export class ReadingPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, userId: string): Promise<Record<string, PersonalDataRow[]>> {
    const participations: PersonalDataRow[] = await manager.query(
      `SELECT coalesce(c.title ->> u.locale::text, c.title ->> 'fi') AS challenge, p.joined_at AS "joinedAt",
              p.completed_count AS "completedCount", p.completed_at AS "completedAt"
         FROM participations AS p
         JOIN challenges AS c ON c.id = p.challenge_id
         JOIN users AS u ON u.id = p.user_id
        WHERE p.user_id = $1
        ORDER BY p.joined_at, p.id`,
      [userId],
    );
    const entries: PersonalDataRow[] = await manager.query(
      `SELECT coalesce(c.title ->> u.locale::text, c.title ->> 'fi') AS challenge,
              coalesce(k.title ->> u.locale::text, k.title ->> 'fi') AS category,
              b.title, b.authors, b.isbn13, e.format, to_char(e.finished_on, 'YYYY-MM-DD') AS "finishedOn",
              e.rating, e.review, e.contains_spoilers AS "containsSpoilers", e.created_at AS "createdAt"
         FROM reading_entries AS e
         JOIN participations AS p ON p.id = e.participation_id
         JOIN users AS u ON u.id = p.user_id
         JOIN challenges AS c ON c.id = e.challenge_id
         JOIN books AS b ON b.id = e.book_id
         LEFT JOIN categories AS k ON k.id = e.category_id
        WHERE p.user_id = $1
        ORDER BY c.starts_on, e.finished_on, e.created_at, e.id`,
      [userId],
    );
    return { participations, [READING_ENTRIES_SECTION]: entries };
  }

  async erasePersonalData(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE reading_entries SET review = NULL, contains_spoilers = false, updated_at = now()
        WHERE participation_id IN (SELECT id FROM participations WHERE user_id = $1) AND review IS NOT NULL`,
      [userId],
    );
  }
}
