import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BookReferencesRegistry, type BookReferenceMover, type MovedBookReferences } from '@lukuhaaste/api/books';
import type { EntityManager } from 'typeorm';
import { recountParticipationProgress } from '../queries/recount-progress.query';

/**
 * Reading entries' part in merging two catalogue books. An entry is never
 * deleted: where the challenge counts a book once and the participant already
 * has the target book placed, the moved entry keeps its review, rating and
 * date but leaves its category (as if logged without one), so progress
 * stays true to the rule and the patron can place it again.
 */
@Injectable()
export class ReadingBookReferences implements BookReferenceMover, OnModuleInit {
  constructor(private readonly registry: BookReferencesRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  /** The participants' rows every progress change locks; NOWAIT (see BookReferenceMover). */
  async lockReferences(manager: EntityManager, bookIds: readonly string[]): Promise<void> {
    await manager.query(
      `SELECT id FROM participations
        WHERE id IN (SELECT participation_id FROM reading_entries WHERE book_id = ANY($1::uuid[]))
        ORDER BY id
          FOR UPDATE NOWAIT`,
      [bookIds],
    );
  }

  async moveReferences(manager: EntityManager, sourceId: string, targetId: string): Promise<MovedBookReferences> {
    const [unplaced]: [Array<{ participation_id: string }>, number] = await manager.query(
      `UPDATE reading_entries AS e
          SET category_id = NULL, updated_at = now()
         FROM challenges AS c
        WHERE e.book_id = $1 AND e.category_id IS NOT NULL
          AND c.id = e.challenge_id AND NOT c.allow_book_reuse
          AND EXISTS (SELECT 1 FROM reading_entries AS t
                       WHERE t.participation_id = e.participation_id AND t.book_id = $2 AND t.category_id IS NOT NULL)
        RETURNING e.participation_id`,
      [sourceId, targetId],
    );
    const [, moved]: [unknown, number] = await manager.query(
      `UPDATE reading_entries SET book_id = $2, updated_at = now() WHERE book_id = $1`,
      [sourceId, targetId],
    );
    for (const participationId of new Set(unplaced.map((row) => row.participation_id))) {
      await recountParticipationProgress(manager, participationId);
    }
    return { moved, unplaced: unplaced.length };
  }
}
