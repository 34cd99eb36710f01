import type { EditorCategory, EditorChallenge } from '@lukuhaaste/web/data-access/librarian';

/** Builders for specs; every object is a complete GraphQL answer with __typename. */
export function aCategory(position: number, overrides: Partial<EditorCategory> = {}): EditorCategory {
  return {
    __typename: 'Category',
    id: `cat-${position}`,
    challengeId: 'ch-1',
    position,
    title: { __typename: 'LocalizedText', fi: `Kohta ${position}`, sv: `Punkt ${position}`, en: `Item ${position}` },
    description: null,
    ...overrides,
  } as EditorCategory;
}

export function aChallenge(overrides: Partial<EditorChallenge> = {}): EditorChallenge {
  const categories = overrides.categories ?? [aCategory(1), aCategory(2), aCategory(3)];
  return {
    __typename: 'Challenge',
    id: 'ch-1',
    slug: 'lukuhaaste-2026',
    year: 2026,
    status: 'DRAFT',
    title: {
      __typename: 'LocalizedText',
      fi: 'Helmet-lukuhaaste 2026',
      sv: 'Helmet-läsutmaningen 2026',
      en: 'Helmet Reading Challenge 2026',
    },
    description: null,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    allowBookReuse: false,
    suggestionsOpen: false,
    categoryCount: categories.length,
    participantCount: 0,
    publishedAt: null,
    ...overrides,
    categories,
  } as EditorChallenge;
}

/** A LocalizedText as the API sends it (Apollo's cache needs the __typename). */
export function aText(fi: string, sv: string | null = null, en: string | null = null): EditorChallenge['title'] {
  return { __typename: 'LocalizedText', fi, sv, en } as EditorChallenge['title'];
}
