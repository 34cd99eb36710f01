import type { ModerationItem } from '@lukuhaaste/web/data-access/moderation';

const user = (id: string, displayName: string, suspendedUntil: string | null = null) => ({
  __typename: 'User' as const,
  id,
  displayName,
  suspendedUntil,
});

/** A reported comment as the queue document selects it (a complete GraphQL answer with __typename). */
export function aReportedComment(id: string, overrides: Partial<ModerationItem> = {}): ModerationItem {
  return {
    __typename: 'ModerationItem',
    comment: {
      __typename: 'Comment',
      id,
      threadId: 't1',
      body: 'Buy cheap books at **spam.example**',
      bodyHtml: '<p>Buy cheap books at <strong>spam.example</strong></p>',
      createdAt: '2026-11-20T10:00:00Z',
      deletedAt: null,
      hiddenAt: '2026-11-24T10:00:00Z',
      hiddenReason: null,
      author: user('u1', 'Kirjakauppias'),
    },
    suggestion: null,
    thread: {
      __typename: 'Thread',
      id: 't1',
      title: null,
      kind: 'CATEGORY',
      pinnedAt: null,
      lockedAt: null,
      category: {
        __typename: 'Category',
        id: 'cat1',
        position: 7,
        title: { __typename: 'LocalizedText', fi: 'Kirja saaresta', sv: null, en: 'A book about an island' },
      },
    },
    reportCount: 3,
    reasons: [
      { __typename: 'ReportReasonCount', reason: 'SPAM', count: 2 },
      { __typename: 'ReportReasonCount', reason: 'OFFENSIVE', count: 1 },
    ],
    reports: [
      {
        __typename: 'Report',
        id: 'r1',
        reason: 'SPAM',
        note: 'Same link everywhere',
        createdAt: '2026-11-24T09:00:00Z',
        reporter: { __typename: 'User', id: 'p1', displayName: 'Lukutoukka' },
      },
    ],
    autoHidden: true,
    firstReportedAt: '2026-11-24T09:00:00Z',
    ...overrides,
  } as ModerationItem;
}

const offTopic = { __typename: 'ReportReasonCount', reason: 'OFF_TOPIC', count: 1 } as const;

/** A reported category suggestion. */
export function aReportedSuggestion(id: string, text: string): ModerationItem {
  return {
    __typename: 'ModerationItem',
    comment: null,
    suggestion: {
      __typename: 'CategorySuggestion',
      id,
      challengeId: 'ch1',
      text,
      status: 'OPEN',
      createdAt: '2026-11-20T10:00:00Z',
      hiddenAt: null,
      author: user('u2', 'Ideaniekka'),
    },
    thread: null,
    reportCount: 1,
    reasons: [offTopic],
    reports: [],
    autoHidden: false,
    firstReportedAt: '2026-11-24T11:00:00Z',
  } as ModerationItem;
}

export { user as aModeratedUser };

/** A one-page connection answer holding `nodes`. */
export function aConnection(nodes: unknown[], nextCursor: string | null = null) {
  return {
    __typename: 'Connection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: !!nextCursor, endCursor: nextCursor },
    edges: nodes.map((node) => ({ __typename: 'Edge', node })),
  };
}
