import type { EntityManager } from 'typeorm';

/**
 * Stores a participation's progress as counted by the owner of the entries,
 * the reading context: `filled` placed entries, and completion stamped once
 * every category is filled (kept when already set, cleared when no longer
 * complete). Only the category total is read here, so challenges never reads
 * reading's table. Categories change only while a challenge is a DRAFT, which
 * nobody can join, so structural edits never leave a stored progress stale.
 * Plain function so the seed can use it without Nest.
 */
export async function setParticipationProgress(
  manager: EntityManager,
  participationId: string,
  filled: number,
): Promise<void> {
  await manager.query(
    `UPDATE participations AS p
        SET completed_count = $2::int,
            completed_at = CASE
              WHEN $2::int > 0 AND $2::int >= (SELECT count(*) FROM categories c WHERE c.challenge_id = p.challenge_id)
              THEN coalesce(p.completed_at, now())
            END
      WHERE p.id = $1`,
    [participationId, filled],
  );
}
