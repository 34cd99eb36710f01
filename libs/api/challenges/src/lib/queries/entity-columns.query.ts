/**
 * Select lists that name every column by its entity property, so a plain
 * `dataSource.query` row has the shape TypeORM would hydrate (dates as
 * 'YYYY-MM-DD' strings, like its `date` columns). The challenge page's reads
 * use them: TypeORM's query building and hydration cost more than the
 * statement itself. Keep them in step with the entities (an integration spec
 * compares both).
 */
export const CHALLENGE_COLUMNS = `id, slug, year, title, description, status,
  starts_on::text AS "startsOn", ends_on::text AS "endsOn", allow_book_reuse AS "allowBookReuse",
  suggestions_open AS "suggestionsOpen", category_count AS "categoryCount", participant_count AS "participantCount",
  created_by AS "createdById", created_at AS "createdAt", published_at AS "publishedAt"`;

/** [column, property] of every CategoryEntity column. */
const CATEGORY_FIELDS = [
  ['id', 'id'],
  ['challenge_id', 'challengeId'],
  ['position', 'position'],
  ['title', 'title'],
  ['description', 'description'],
  ['created_at', 'createdAt'],
] as const;

export const CATEGORY_COLUMNS = CATEGORY_FIELDS.map(([column, property]) => `${column} AS "${property}"`).join(', ');

/**
 * A challenge's categories in position order as one JSON array (empty when
 * none), for a subquery in the challenge's own statement; `createdAt` comes
 * back as an ISO string (see categoriesFromJson).
 */
export function categoriesJsonOf(challengeIdSql: string): string {
  const object = CATEGORY_FIELDS.map(([column, property]) => `'${property}', c.${column}`).join(', ');
  return `(SELECT coalesce(json_agg(json_build_object(${object}) ORDER BY c.position), '[]')
             FROM categories AS c WHERE c.challenge_id = ${challengeIdSql})`;
}
