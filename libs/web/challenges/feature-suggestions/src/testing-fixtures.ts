import type { Suggestion, SuggestionsChallenge } from '@lukuhaaste/web/data-access/suggestions';

/** A suggestion as the suggestion documents select it (a complete GraphQL answer with __typename). */
export function aSuggestion(id: string, text: string, overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    __typename: 'CategorySuggestion',
    id,
    challengeId: 'ch1',
    text,
    status: 'OPEN',
    voteCount: 0,
    votedByMe: false,
    createdAt: '2026-11-20T10:00:00Z',
    hiddenAt: null,
    viewerCanReport: true,
    author: { __typename: 'User', id: 'u1', displayName: 'Lukutoukka' },
    mergedInto: null,
    adoptedCategory: null,
    ...overrides,
  } as Suggestion;
}

export function aChallenge(overrides: Partial<SuggestionsChallenge> = {}): SuggestionsChallenge {
  return {
    __typename: 'Challenge',
    id: 'ch1',
    slug: 'helmet-2026',
    year: 2026,
    status: 'PUBLISHED',
    suggestionsOpen: true,
    title: { __typename: 'LocalizedText', fi: 'Helmet-lukuhaaste 2026', sv: null, en: null },
    ...overrides,
  } as SuggestionsChallenge;
}

/** A one-page connection answer holding `nodes`. */
export function aConnection(nodes: unknown[]) {
  return {
    __typename: 'Connection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: 'Edge', node })),
  };
}
