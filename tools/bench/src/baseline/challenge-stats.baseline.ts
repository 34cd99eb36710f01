import type pg from 'pg';

const TOP = 10;

/**
 * The statistics dashboard's figures (LibrarianChallengeStats) written by
 * hand as one would without the API: one statement of plain aggregates, each
 * figure its own aggregate over the challenge's entries (or its branch's), the
 * JSON built in SQL with the web app's field names and `__typename`s. Run in
 * the bench's own process with pg: no HTTP, no session, no GraphQL. Null for
 * a challenge that does not exist.
 */
export async function challengeStats(db: pg.Pool, challengeId: string, branchId: string | null) {
  const counted = branchId
    ? `SELECT p.* FROM participations p JOIN users u ON u.id = p.user_id
        WHERE p.challenge_id = $1 AND u.home_branch_id = $2`
    : `SELECT p.* FROM participations p JOIN users u ON u.id = p.user_id WHERE p.challenge_id = $1`;
  const { rows } = await db.query<{ online: Record<string, unknown> }>(
    `WITH counted AS (${counted}),
     entries AS NOT MATERIALIZED (
       SELECT e.* FROM reading_entries e
        WHERE e.challenge_id = $1 ${branchId ? 'AND e.participation_id IN (SELECT id FROM counted)' : ''}),
     totals AS (SELECT count(*)::int AS n, count(*) FILTER (WHERE format = 'PRINT')::int AS print,
                       count(*) FILTER (WHERE format = 'EBOOK')::int AS ebook,
                       count(*) FILTER (WHERE format = 'AUDIOBOOK')::int AS audiobook FROM entries),
     per_category AS (SELECT category_id, count(*)::int AS n FROM entries GROUP BY category_id),
     per_book AS (SELECT book_id, count(*)::int AS n FROM entries GROUP BY book_id),
     per_month AS (SELECT to_char(finished_on, 'YYYY-MM') AS month, count(*)::int AS n FROM entries GROUP BY 1),
     comments_per_month AS (
       SELECT to_char(c.created_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, count(*)::int AS n
         FROM comments c JOIN threads t ON t.id = c.thread_id
        WHERE t.challenge_id = $1
          ${branchId ? 'AND c.author_id IN (SELECT id FROM users WHERE home_branch_id = $2)' : ''}
        GROUP BY 1)
     SELECT json_build_object(
       'participants', (SELECT count(*)::int FROM counted),
       'activeParticipants', (SELECT count(*)::int FROM counted p JOIN users u ON u.id = p.user_id
                               WHERE u.last_login_at >= now() - interval '30 days' AND u.password_hash IS NOT NULL),
       'entries', (SELECT n FROM totals),
       'completions', (SELECT count(*)::int FROM counted WHERE completed_at IS NOT NULL),
       'completedCategoryCounts', (
         SELECT json_agg(json_build_object('completedCategories', k,
                                           'participants', (SELECT count(*)::int FROM counted WHERE completed_count = k),
                                           '__typename', 'CompletedCategoriesBucket') ORDER BY k)
           FROM generate_series(0, ch.category_count) k),
       'categories', (
         SELECT coalesce(json_agg(json_build_object('categoryId', c.id, 'position', c.position,
                                    'entries', coalesce(x.n, 0),
                                    'title', json_build_object('fi', c.title ->> 'fi', 'sv', c.title ->> 'sv',
                                                               'en', c.title ->> 'en', '__typename', 'LocalizedText'),
                                    '__typename', 'CategoryStats') ORDER BY coalesce(x.n, 0) DESC, c.position), '[]')
           FROM categories c LEFT JOIN per_category x ON x.category_id = c.id
          WHERE c.challenge_id = $1),
       'formats', (
         SELECT json_build_object('print', print, 'ebook', ebook, 'audiobook', audiobook, '__typename', 'FormatStats')
           FROM totals),
       'months', (
         SELECT coalesce(json_agg(json_build_object('month', month, 'entries', coalesce(e.n, 0),
                                                    'comments', coalesce(c.n, 0), '__typename', 'MonthStats')
                                  ORDER BY month), '[]')
           FROM per_month e FULL JOIN comments_per_month c USING (month)),
       'topBooks', (
         SELECT coalesce(json_agg(json_build_object('bookId', id, 'title', title, 'authors', authors,
                                                    'entries', n, '__typename', 'BookStats')
                                  ORDER BY n DESC, title, id), '[]')
           FROM (SELECT b.id, b.title, b.authors, pb.n FROM per_book pb JOIN books b ON b.id = pb.book_id
                  ORDER BY pb.n DESC, b.title, b.id LIMIT ${TOP}) top),
       'topAuthors', (
         SELECT coalesce(json_agg(json_build_object('author', author, 'entries', n, '__typename', 'AuthorStats')
                                  ORDER BY n DESC, author), '[]')
           FROM (SELECT a.author, sum(pb.n)::int AS n
                   FROM per_book pb JOIN books b ON b.id = pb.book_id, unnest(b.authors) a(author)
                  GROUP BY a.author ORDER BY n DESC, a.author LIMIT ${TOP}) top),
       '__typename', 'OnlineChallengeStats') AS online
       FROM challenges ch
      WHERE ch.id = $1`,
    branchId ? [challengeId, branchId] : [challengeId],
  );
  const online = rows[0]?.online;
  return online ? { challengeId, branchId, online, __typename: 'ChallengeStats' } : null;
}
