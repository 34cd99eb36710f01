import type { EntityManager } from 'typeorm';

export interface ChallengeStatsRow {
  /** False when branchId names no branch. */
  branchKnown: boolean;
  participants: number;
  activeParticipants: number;
  entries: number;
  completions: number;
  completedCategoryCounts: Array<{ completedCategories: number; participants: number }>;
  categories: Array<{
    categoryId: string;
    position: number;
    title: { fi: string; sv?: string | null; en?: string | null };
    entries: number;
  }>;
  formats: { print: number; ebook: number; audiobook: number };
  months: Array<{ month: string; entries: number; comments: number }>;
  topBooks: Array<{ bookId: string; title: string; authors: string[]; entries: number }>;
  topAuthors: Array<{ author: string; entries: number }>;
}

/** How many books and authors the top lists hold. */
export const STATS_TOP_LIMIT = 10;

/**
 * Participations counted: the challenge's, or with a branch (`$2`) those of
 * patrons whose home branch it is — the grouping of BRANCH_TOTALS_CTE, so a
 * branch's figures match its leaderboard row.
 */
function scopeCte(withBranch: boolean): string {
  return `scope AS MATERIALIZED (
    SELECT p.id, p.completed_count, p.completed_at, u.last_login_at
      FROM participations p
      JOIN users u ON u.id = p.user_id
     WHERE p.challenge_id = $1 ${withBranch ? 'AND u.home_branch_id = $2' : ''}
  )`;
}

/**
 * The few columns the figures need from the scope's entries, read once. Every
 * entry of the challenge belongs to one of its participations, so without a
 * branch there is nothing to join.
 */
function entriesCte(withBranch: boolean): string {
  return `scoped_entries AS MATERIALIZED (
    SELECT e.category_id, e.book_id, e.format, e.finished_on
      FROM reading_entries e
     WHERE e.challenge_id = $1 ${withBranch ? 'AND e.participation_id IN (SELECT id FROM scope)' : ''}
  )`;
}

/** Comments in the challenge's threads; with a branch, those written by its patrons. */
function commentsCte(withBranch: boolean): string {
  return `scoped_comments AS (
    SELECT to_char(c.created_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, count(*)::int AS n
      FROM comments c
      JOIN threads t ON t.id = c.thread_id
      ${withBranch ? 'JOIN users u ON u.id = c.author_id AND u.home_branch_id = $2' : ''}
     WHERE t.challenge_id = $1
     GROUP BY 1
  )`;
}

/**
 * Every figure of one challenge's statistics in one statement of aggregates
 * (one JSON row; no entry reaches Node). No row when the challenge does not
 * exist. Deleted comments still count: they were written (an erased account
 * keeps its activity in the figures, as it keeps its entries).
 */
export async function queryChallengeStats(
  manager: EntityManager,
  challengeId: string,
  branchId: string | null,
): Promise<ChallengeStatsRow | undefined> {
  const withBranch = branchId !== null;
  const rows: ChallengeStatsRow[] = await manager.query(
    `WITH ${scopeCte(withBranch)}, ${entriesCte(withBranch)}, ${commentsCte(withBranch)},
     book_counts AS (SELECT book_id, count(*)::int AS n FROM scoped_entries GROUP BY book_id),
     entry_months AS (SELECT to_char(finished_on, 'YYYY-MM') AS month, count(*)::int AS n FROM scoped_entries GROUP BY 1)
     SELECT ${withBranch ? 'EXISTS (SELECT 1 FROM branches WHERE id = $2)' : 'true'} AS "branchKnown",
       (SELECT count(*)::int FROM scope) AS participants,
       (SELECT count(*)::int FROM scope WHERE last_login_at >= now() - interval '30 days') AS "activeParticipants",
       (SELECT count(*)::int FROM scoped_entries) AS entries,
       (SELECT count(*)::int FROM scope WHERE completed_at IS NOT NULL) AS completions,
       (SELECT json_agg(json_build_object('completedCategories', k, 'participants', coalesce(h.n, 0)) ORDER BY k)
          FROM generate_series(0, ch.category_count) AS k
          LEFT JOIN (SELECT completed_count, count(*)::int AS n FROM scope GROUP BY 1) h ON h.completed_count = k
       ) AS "completedCategoryCounts",
       (SELECT coalesce(json_agg(json_build_object('categoryId', c.id, 'position', c.position, 'title', c.title,
                                                   'entries', coalesce(x.n, 0))
                                 ORDER BY coalesce(x.n, 0) DESC, c.position), '[]')
          FROM categories c
          LEFT JOIN (SELECT category_id, count(*)::int AS n FROM scoped_entries GROUP BY 1) x ON x.category_id = c.id
         WHERE c.challenge_id = $1
       ) AS categories,
       (SELECT json_build_object('print', count(*) FILTER (WHERE format = 'PRINT'),
                                 'ebook', count(*) FILTER (WHERE format = 'EBOOK'),
                                 'audiobook', count(*) FILTER (WHERE format = 'AUDIOBOOK'))
          FROM scoped_entries
       ) AS formats,
       (SELECT coalesce(json_agg(json_build_object('month', month, 'entries', coalesce(em.n, 0),
                                                   'comments', coalesce(cm.n, 0)) ORDER BY month), '[]')
          FROM entry_months em FULL JOIN scoped_comments cm USING (month)
       ) AS months,
       (SELECT coalesce(json_agg(top ORDER BY top.entries DESC, top.title, top."bookId"), '[]')
          FROM (SELECT b.id AS "bookId", b.title, b.authors, bc.n AS entries
                  FROM book_counts bc JOIN books b ON b.id = bc.book_id
                 ORDER BY bc.n DESC, b.title, b.id
                 LIMIT ${STATS_TOP_LIMIT}) top
       ) AS "topBooks",
       (SELECT coalesce(json_agg(top ORDER BY top.entries DESC, top.author), '[]')
          FROM (SELECT a.author, sum(bc.n)::int AS entries
                  FROM book_counts bc JOIN books b ON b.id = bc.book_id
                 CROSS JOIN LATERAL unnest(b.authors) AS a(author)
                 GROUP BY a.author
                 ORDER BY entries DESC, a.author
                 LIMIT ${STATS_TOP_LIMIT}) top
       ) AS "topAuthors"
     FROM challenges ch
     WHERE ch.id = $1`,
    withBranch ? [challengeId, branchId] : [challengeId],
  );
  return rows[0];
}
