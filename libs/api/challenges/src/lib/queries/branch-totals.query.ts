import type { EntityManager } from 'typeorm';

/**
 * One challenge's participants grouped by their home branch (`$1` = challenge
 * id): participants, books placed in categories, and completions. A CTE so the
 * statistics can reuse the grouping (e.g. filter `WHERE branch_id = $2`).
 * Reads participations only — their completed_count is kept exact with the
 * entries — so it costs one pass over the challenge's participations, however
 * many entries they logged. Patrons without a home branch are not counted.
 */
export const BRANCH_TOTALS_CTE = `branch_totals AS (
  SELECT u.home_branch_id AS branch_id,
         count(*)::int AS participants,
         coalesce(sum(p.completed_count), 0)::int AS books_logged,
         (count(*) FILTER (WHERE p.completed_at IS NOT NULL))::int AS completions
    FROM participations p
    JOIN users u ON u.id = p.user_id
   WHERE p.challenge_id = $1 AND u.home_branch_id IS NOT NULL
   GROUP BY u.home_branch_id
)`;

export interface BranchLeaderboardRow {
  branchId: string;
  slug: string;
  name: { fi: string; sv?: string | null; en?: string | null };
  participants: number;
  booksLogged: number;
  completions: number;
}

/**
 * Every branch with its totals (zeros for branches nobody from the challenge
 * calls home, so each patron finds theirs), most books first; ties by
 * participants, then by Finnish name.
 */
export async function queryBranchLeaderboard(
  manager: EntityManager,
  challengeId: string,
): Promise<BranchLeaderboardRow[]> {
  return manager.query(
    `WITH ${BRANCH_TOTALS_CTE}
     SELECT b.id AS "branchId", b.slug, b.name,
            coalesce(t.participants, 0) AS participants,
            coalesce(t.books_logged, 0) AS "booksLogged",
            coalesce(t.completions, 0) AS completions
       FROM branches b
       LEFT JOIN branch_totals t ON t.branch_id = b.id
      ORDER BY "booksLogged" DESC, participants DESC, b.name ->> 'fi', b.slug`,
    [challengeId],
  );
}
