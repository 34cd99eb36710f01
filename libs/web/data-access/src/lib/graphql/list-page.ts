/** One page of a list and where the next one starts (null: no more). */
export interface ListPage<T> {
  items: T[];
  totalCount: number;
  nextCursor: string | null;
}

/** A Relay connection as the pages use it. */
export function pageOf<T>(connection: {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ node: T }>;
}): ListPage<T> {
  return {
    items: connection.edges.map((edge) => edge.node),
    totalCount: connection.totalCount,
    nextCursor: connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
  };
}

/** `current` with the next page's items after its own (for "Show more"). */
export function appendPage<T>(current: ListPage<T>, next: ListPage<T>): ListPage<T> {
  return { ...next, items: [...current.items, ...next.items] };
}
