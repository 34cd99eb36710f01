import type { CatalogueBook } from '@lukuhaaste/web/data-access/librarian';

/** A catalogue book as the catalogue documents select it (a complete GraphQL answer with __typename). */
export function aCatalogueBook(id: string, title: string, overrides: Partial<CatalogueBook> = {}): CatalogueBook {
  return {
    __typename: 'Book',
    id,
    title,
    authors: ['Fredrik Backman'],
    isbn13: null,
    publishedYear: null,
    language: null,
    ...overrides,
  } as CatalogueBook;
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
