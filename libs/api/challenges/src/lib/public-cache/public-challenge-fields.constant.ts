/**
 * Every field a `challenge(slug: …)` query can reach. None depends on who
 * asks, which is what lets PublicChallengeCache share one answer between
 * viewers. The cache's plugin refuses to start when the schema lets that
 * query reach a field not listed here: before listing a new one, make sure
 * it is the same for every viewer (or keep it off these types).
 */
export const PUBLIC_CHALLENGE_FIELDS: ReadonlySet<string> = new Set([
  'Challenge.allowBookReuse',
  'Challenge.categories',
  'Challenge.categoryCount',
  'Challenge.createdAt',
  'Challenge.description',
  'Challenge.endsOn',
  'Challenge.id',
  'Challenge.participantCount',
  'Challenge.publishedAt',
  'Challenge.slug',
  'Challenge.startsOn',
  'Challenge.status',
  'Challenge.suggestionsOpen',
  'Challenge.title',
  'Challenge.year',
  'Category.challengeId',
  'Category.description',
  'Category.id',
  'Category.position',
  'Category.title',
  'LocalizedText.en',
  'LocalizedText.fi',
  'LocalizedText.sv',
]);
