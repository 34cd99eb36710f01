import type { EntityManager } from 'typeorm';

export interface PaperStatsFigures {
  participants: number;
  completions: number;
  completedCategoryCounts: Array<{ completedCategories: number; participants: number }>;
}

export interface ChallengeStatsRow {
  /** False when branchId names no branch. */
  branchKnown: boolean;
  /** Returns of the printed list recorded at the desks (of the branch's desk with a branch). */
  paper: PaperStatsFigures;
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
 * The counted participations grouped by filled categories, with how many of
 * each group logged in within 30 days and completed: every participant figure
 * in one pass. The counted ones are the challenge's, or with a branch (`$2`)
 * those of patrons whose home it is — the grouping of BRANCH_TOTALS_CTE, so
 * a branch's figures match its leaderboard row.
 */
function participantGroupsCte(withBranch: boolean): string {
  return `participant_groups AS (
    SELECT p.completed_count,
           count(*)::int AS participants,
           -- A deleted account (no password hash) keeps its participation but is not active.
           (count(*) FILTER (WHERE u.last_login_at >= now() - interval '30 days' AND u.password_hash IS NOT NULL))::int
             AS active,
           (count(*) FILTER (WHERE p.completed_at IS NOT NULL))::int AS completions
      FROM participations p
      JOIN users u ON u.id = p.user_id
     WHERE p.challenge_id = $1 ${withBranch ? 'AND u.home_branch_id = $2' : ''}
     GROUP BY p.completed_count
  )`;
}

/**
 * Entry counts per category, per book, per format, per month and in total
 * from one scan of the entries (grouping sets; `set` tells them apart:
 * GROUPING() has a bit set for each column a row is not grouped by). Months
 * are first days computed on dates, so the costly formatting runs per month,
 * not per entry. Every entry of the challenge belongs to one of its
 * participations, so without a branch there is nothing to join.
 */
function entryGroupsCte(withBranch: boolean): string {
  return `entry_groups AS MATERIALIZED (
    SELECT GROUPING(e.category_id, e.book_id, e.format, m.first_day) AS set,
           e.category_id, e.book_id, e.format, m.first_day, count(*)::int AS n
      FROM reading_entries e
     CROSS JOIN LATERAL (SELECT e.finished_on - (extract(day FROM e.finished_on)::int - 1) AS first_day) m
     WHERE e.challenge_id = $1 ${
       withBranch
         ? `AND e.participation_id IN (SELECT p.id FROM participations p JOIN users u ON u.id = p.user_id
                                         WHERE p.challenge_id = $1 AND u.home_branch_id = $2)`
         : ''
     }
     GROUP BY GROUPING SETS ((e.category_id), (e.book_id), (e.format), (m.first_day), ())
  )`;
}

/** Paper returns grouped by filled categories; with a branch, those recorded at its desk. */
function paperGroupsCte(withBranch: boolean): string {
  return `paper_groups AS (
    SELECT completed_categories, count(*)::int AS participants
      FROM paper_participations
     WHERE challenge_id = $1 ${withBranch ? 'AND branch_id = $2' : ''}
     GROUP BY completed_categories
  )`;
}

/** GROUPING() values of entry_groups' sets: all bits but the grouped column's. */
const BY = { category: 7, book: 11, format: 13, month: 14, total: 15 } as const;

/** Comments in the challenge's threads per Helsinki month; with a branch, those written by its patrons. */
function commentMonthsCte(withBranch: boolean): string {
  return `comment_months AS (
    SELECT date_trunc('month', c.created_at AT TIME ZONE 'Europe/Helsinki')::date AS first_day, count(*)::int AS n
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
    `WITH ${participantGroupsCte(withBranch)}, ${entryGroupsCte(withBranch)}, ${commentMonthsCte(withBranch)},
     ${paperGroupsCte(withBranch)},
     entry_months AS (SELECT first_day, n FROM entry_groups WHERE set = ${BY.month}),
     -- The per-book set (${BY.book}) is the only one with a book: every entry has one. Filtered on the set,
     -- the planner guesses 0.5 % of the groups and looks books up one by one; on IS NOT NULL it guesses
     -- nearly all, the right size, and hash-joins books.
     book_counts AS (SELECT book_id, n FROM entry_groups WHERE book_id IS NOT NULL)
     SELECT ${withBranch ? 'EXISTS (SELECT 1 FROM branches WHERE id = $2)' : 'true'} AS "branchKnown",
       coalesce((SELECT sum(participants) FROM participant_groups), 0)::int AS participants,
       coalesce((SELECT sum(active) FROM participant_groups), 0)::int AS "activeParticipants",
       coalesce((SELECT n FROM entry_groups WHERE set = ${BY.total}), 0) AS entries,
       coalesce((SELECT sum(completions) FROM participant_groups), 0)::int AS completions,
       (SELECT json_agg(json_build_object('completedCategories', k, 'participants', coalesce(g.participants, 0))
                        ORDER BY k)
          FROM generate_series(0, ch.category_count) AS k
          LEFT JOIN participant_groups g ON g.completed_count = k
       ) AS "completedCategoryCounts",
       (SELECT coalesce(json_agg(json_build_object('categoryId', c.id, 'position', c.position, 'title', c.title,
                                                   'entries', coalesce(x.n, 0))
                                 ORDER BY coalesce(x.n, 0) DESC, c.position), '[]')
          FROM categories c
          LEFT JOIN entry_groups x ON x.set = ${BY.category} AND x.category_id = c.id
         WHERE c.challenge_id = $1
       ) AS categories,
       (SELECT json_build_object('print', coalesce(sum(n) FILTER (WHERE format = 'PRINT'), 0),
                                 'ebook', coalesce(sum(n) FILTER (WHERE format = 'EBOOK'), 0),
                                 'audiobook', coalesce(sum(n) FILTER (WHERE format = 'AUDIOBOOK'), 0))
          FROM entry_groups WHERE set = ${BY.format}
       ) AS formats,
       (SELECT coalesce(json_agg(json_build_object('month', to_char(first_day, 'YYYY-MM'), 'entries', coalesce(em.n, 0),
                                                   'comments', coalesce(cm.n, 0)) ORDER BY first_day), '[]')
          FROM entry_months em FULL JOIN comment_months cm USING (first_day)
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
       ) AS "topAuthors",
       (SELECT json_build_object(
                 'participants', coalesce(sum(g.participants), 0),
                 'completions', coalesce(sum(g.participants) FILTER (WHERE k = ch.category_count), 0),
                 'completedCategoryCounts',
                 json_agg(json_build_object('completedCategories', k, 'participants', coalesce(g.participants, 0))
                          ORDER BY k))
          FROM generate_series(0, ch.category_count) AS k
          LEFT JOIN paper_groups g ON g.completed_categories = k
       ) AS paper
     FROM challenges ch
     WHERE ch.id = $1`,
    withBranch ? [challengeId, branchId] : [challengeId],
  );
  return rows[0];
}
