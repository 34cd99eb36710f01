import type { EntityManager } from 'typeorm';

/**
 * Recomputes one participation's progress from its entries in one
 * statement: placed entries count, and completion is stamped once every
 * category is filled (kept when already set, cleared when no longer complete).
 * Plain function so the seed can use it without Nest.
 */
export async function recountParticipationProgress(manager: EntityManager, participationId: string): Promise<void> {
  await manager.query(
    `UPDATE participations AS p
        SET completed_count = progress.filled,
            completed_at = CASE WHEN progress.total > 0 AND progress.filled >= progress.total THEN coalesce(p.completed_at, now()) END
       FROM (
         SELECT q.id,
                (SELECT count(*) FROM reading_entries e WHERE e.participation_id = q.id AND e.category_id IS NOT NULL) AS filled,
                (SELECT count(*) FROM categories c WHERE c.challenge_id = q.challenge_id) AS total
           FROM participations q
          WHERE q.id = $1
       ) AS progress
      WHERE p.id = progress.id`,
    [participationId],
  );
}
