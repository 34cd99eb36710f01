import type { CategoryEntity } from '../entities/category.entity';

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
  version, created_by AS "createdById", created_at AS "createdAt", published_at AS "publishedAt"`;

export const PARTICIPATION_COLUMNS = `id, user_id AS "userId", challenge_id AS "challengeId", joined_at AS "joinedAt",
  completed_count AS "completedCount", completed_at AS "completedAt", shares_progress AS "sharesProgress"`;

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

/** A category as the JSON of categoryJsonOf: `createdAt` as an ISO string. */
export type CategoryJson = Omit<CategoryEntity, 'createdAt'> & { createdAt: string };

/** The category row `alias` as a JSON object keyed by entity property (see categoryFromJson). */
export function categoryJsonOf(alias: string): string {
  return `json_build_object(${CATEGORY_FIELDS.map(([column, property]) => `'${property}', ${alias}.${column}`).join(', ')})`;
}

export function categoryFromJson(json: CategoryJson): CategoryEntity {
  return { ...json, createdAt: new Date(json.createdAt) };
}

/**
 * A challenge's categories in position order as one JSON array (empty when
 * none), for a subquery in the challenge's own statement.
 */
export function categoriesJsonOf(challengeIdSql: string): string {
  return `(SELECT coalesce(json_agg(${categoryJsonOf('c')} ORDER BY c.position), '[]')
             FROM categories AS c WHERE c.challenge_id = ${challengeIdSql})`;
}
