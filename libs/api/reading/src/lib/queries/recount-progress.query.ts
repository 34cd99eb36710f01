import { setParticipationProgress } from '@lukuhaaste/api/challenges';
import type { EntityManager } from 'typeorm';

/** A participation's progress: its entries placed in a category. */
export async function countPlacedEntries(manager: EntityManager, participationId: string): Promise<number> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS placed FROM reading_entries WHERE participation_id = $1 AND category_id IS NOT NULL`,
    [participationId],
  );
  return (row as { placed: number }).placed;
}

/**
 * Recounts a participation's progress from its entries and stores it in
 * challenges' participation row. Call it in the transaction that holds that
 * row's lock. Plain function so the seed can use it without Nest.
 */
export async function recountParticipationProgress(manager: EntityManager, participationId: string): Promise<void> {
  await setParticipationProgress(manager, participationId, await countPlacedEntries(manager, participationId));
}
