import type { EntityManager } from 'typeorm';

/**
 * Sets a thread's comment count and last activity from its comments, for
 * rows written in bulk (the seed); the services keep both exact as they go.
 */
export async function recountThread(manager: EntityManager, threadId: string): Promise<void> {
  await manager.query(
    `UPDATE threads AS t
        SET comment_count = counted.live,
            last_activity_at = greatest(t.created_at, coalesce(counted.latest, t.created_at))
       FROM (SELECT count(*) FILTER (WHERE deleted_at IS NULL)::int AS live, max(created_at) AS latest
               FROM comments WHERE thread_id = $1) AS counted
      WHERE t.id = $1`,
    [threadId],
  );
}
