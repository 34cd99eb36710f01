import type { LocalizedText } from '@lukuhaaste/shared/util-rules';
import type { EntityManager } from 'typeorm';

/** How many of the latest books a public progress page lists. */
export const SHARED_RECENT_BOOKS = 3;

export interface SharedBook {
  title: string;
  authors: string[];
}

/** Exactly what a patron's public progress page shows: no reviews, ratings, email or ids. */
export interface SharedProgress {
  displayName: string;
  challengeTitle: LocalizedText;
  challengeSlug: string;
  year: number;
  filledCount: number;
  categoryCount: number;
  recentBooks: SharedBook[];
  homeBranchName: LocalizedText | null;
}

/**
 * The shared progress behind `/p/<slug>/<year>`, or null unless the patron
 * shares that year's challenge. A deleted account's slug is erased with its
 * personal data; the account_deletions check keeps it hidden even so.
 * Reads reading's entries and books (like the challenge statistics) for
 * the latest titles placed in a category.
 */
export async function findSharedProgress(
  manager: EntityManager,
  slug: string,
  year: number,
): Promise<SharedProgress | null> {
  const rows: SharedProgress[] = await manager.query(
    `SELECT u.display_name AS "displayName", c.title AS "challengeTitle", c.slug AS "challengeSlug", c.year,
            p.completed_count AS "filledCount", c.category_count AS "categoryCount", b.name AS "homeBranchName",
            coalesce((SELECT json_agg(json_build_object('title', recent.title, 'authors', recent.authors)
                                      ORDER BY recent.finished_on DESC, recent.created_at DESC)
                        FROM (SELECT k.title, k.authors, e.finished_on, e.created_at
                                FROM reading_entries AS e JOIN books AS k ON k.id = e.book_id
                               WHERE e.participation_id = p.id AND e.category_id IS NOT NULL
                               ORDER BY e.finished_on DESC, e.created_at DESC
                               LIMIT $3) AS recent), '[]'::json) AS "recentBooks"
       FROM progress_share_slugs AS s
       JOIN users AS u ON u.id = s.user_id
       JOIN participations AS p ON p.user_id = u.id AND p.shares_progress
       JOIN challenges AS c ON c.id = p.challenge_id AND c.year = $2 AND c.status IN ('PUBLISHED', 'ARCHIVED')
       LEFT JOIN branches AS b ON b.id = u.home_branch_id
      WHERE s.slug = $1 AND NOT EXISTS (SELECT 1 FROM account_deletions AS d WHERE d.user_id = u.id)
      ORDER BY c.published_at DESC NULLS LAST
      LIMIT 1`,
    [slug, year, SHARED_RECENT_BOOKS],
  );
  return rows[0] ?? null;
}
