import type {
  Book,
  ChallengeCategory,
  ChallengeDetails,
  Participation,
  ReadingEntry,
} from '@lukuhaaste/web/data-access/reading';

/** Builders for specs, shaped like the API's answers (with __typename for Apollo's cache). */
export function aCategory(
  position: number,
  fi = `Kohta ${position}`,
  en: string | null = `Category ${position}`,
): ChallengeCategory {
  return {
    __typename: 'Category',
    id: `cat-${position}`,
    position,
    title: { __typename: 'LocalizedText', fi, sv: null, en },
    description: { __typename: 'LocalizedText', fi: `Kuvaus ${position}`, sv: null, en: `About category ${position}` },
  } as ChallengeCategory;
}

export function aChallenge(categoryCount = 3, overrides: Partial<ChallengeDetails> = {}): ChallengeDetails {
  const categories = Array.from({ length: categoryCount }, (_, i) => aCategory(i + 1));
  return {
    __typename: 'Challenge',
    id: 'ch-2026',
    slug: 'lukuhaaste-2026',
    year: 2026,
    status: 'PUBLISHED',
    title: { __typename: 'LocalizedText', fi: 'Helmet-lukuhaaste 2026', sv: null, en: 'Helmet Reading Challenge 2026' },
    description: null,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    categoryCount,
    participantCount: 120,
    suggestionsOpen: false,
    categories,
    ...overrides,
  } as ChallengeDetails;
}

export function aBook(id = 'b1', title = 'Muumipappa ja meri', authors = ['Tove Jansson']): Book {
  return { __typename: 'Book', id, title, authors, isbn13: null, coverUrl: null } as Book;
}

export function anEntry(
  id: string,
  categoryPosition: number | null,
  book = aBook(`book-${id}`, `Book ${id}`),
): ReadingEntry {
  return {
    __typename: 'ReadingEntry',
    id,
    category:
      categoryPosition === null
        ? null
        : { __typename: 'Category', id: `cat-${categoryPosition}`, position: categoryPosition },
    book,
    format: 'PRINT',
    finishedOn: '2026-03-01',
    rating: null,
    review: null,
    containsSpoilers: false,
    createdAt: '2026-03-01T10:00:00Z',
  } as ReadingEntry;
}

export function aParticipation(entries: ReadingEntry[], completedAt: string | null = null): Participation {
  return {
    __typename: 'Participation',
    id: 'p1',
    completedCount: entries.filter((e) => e.category).length,
    completedAt,
    entries,
  } as Participation;
}
