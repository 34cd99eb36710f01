import type pg from 'pg';

interface Localized {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

/** LocalizedTextFields with the `__typename` Apollo asks for. */
const localized = (text: Localized | null) =>
  text && { fi: text.fi, sv: text.sv ?? null, en: text.en ?? null, __typename: 'LocalizedText' };

/**
 * The challenge page's ChallengeBySlug answer (the same for every reader),
 * written by hand: two statements in parallel, keys in the order the query
 * selects them. Null for a missing or draft challenge.
 */
export async function challengePage(db: pg.Pool, slug: string) {
  const [challenges, categories] = await Promise.all([
    db.query(
      `SELECT ch.id, ch.slug, ch.year, ch.status, ch.title, ch.description,
              ch.starts_on::text AS starts_on, ch.ends_on::text AS ends_on, ch.suggestions_open,
              ch.category_count, ch.participant_count
         FROM challenges AS ch WHERE ch.slug = $1 AND ch.status <> 'DRAFT'`,
      [slug],
    ),
    db.query(
      `SELECT c.id, c.position, c.title, c.description FROM categories AS c
         JOIN challenges AS ch ON ch.id = c.challenge_id
        WHERE ch.slug = $1 ORDER BY c.position`,
      [slug],
    ),
  ]);
  const [row] = challenges.rows;
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    year: row.year,
    status: row.status,
    title: localized(row.title),
    description: localized(row.description),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    categoryCount: row.category_count,
    participantCount: row.participant_count,
    suggestionsOpen: row.suggestions_open,
    categories: categories.rows.map((category) => ({
      id: category.id,
      position: category.position,
      title: localized(category.title),
      description: localized(category.description),
      __typename: 'Category',
    })),
    __typename: 'Challenge',
  };
}
