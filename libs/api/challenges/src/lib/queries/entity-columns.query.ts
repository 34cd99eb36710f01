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

export const CATEGORY_COLUMNS = `id, challenge_id AS "challengeId", position, title, description, created_at AS "createdAt"`;
