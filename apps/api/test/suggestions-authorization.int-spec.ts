import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { resetRateLimits, suspend } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const SUGGEST = `mutation($challengeId: ID!, $text: String!) { suggestCategory(challengeId: $challengeId, text: $text) { id text } }`;
const VOTE = `mutation($id: ID!) { voteSuggestion(id: $id) { id voteCount } }`;
const UNVOTE = `mutation($id: ID!) { unvoteSuggestion(id: $id) { id voteCount } }`;

describe('suggestions authorization', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetRateLimits(t.dataSource));

  let year = 2200;
  const challenge = async (status = ChallengeStatus.PUBLISHED) =>
    (await createTestChallenge(t.dataSource, { status, suggestionsOpen: true, year: (year += 1) })).challenge;
  /** A suggestion by someone other than the actor, in a fresh challenge. */
  const suggestion = async (status = ChallengeStatus.PUBLISHED) => {
    const [row] = await t.dataSource.query(
      `INSERT INTO category_suggestions (challenge_id, author_id, text) VALUES ($1, $2, 'Toisen lukijan idea') RETURNING id`,
      [(await challenge(status)).id, (await t.newUser()).user.id],
    );
    return row.id as string;
  };

  const everyone = { anonymous: 'ok', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const signedIn = { anonymous: 'UNAUTHENTICATED', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const staff = { anonymous: 'UNAUTHENTICATED', patron: 'FORBIDDEN', librarian: 'ok', admin: 'ok' } as const;

  describeAuthorizationMatrix(() => t, {
    categorySuggestions: {
      operation: 'query($id: ID!) { categorySuggestions(challengeId: $id) { totalCount } }',
      variables: async () => ({ id: (await challenge()).id }),
      expected: everyone,
    },
    suggestCategory: {
      operation: SUGGEST,
      variables: async () => ({ challengeId: (await challenge()).id, text: 'Kirja, jossa on kartta' }),
      expected: signedIn,
    },
    "voteSuggestion (another reader's suggestion)": {
      operation: VOTE,
      variables: async () => ({ id: await suggestion() }),
      expected: signedIn,
    },
    unvoteSuggestion: { operation: UNVOTE, variables: async () => ({ id: await suggestion() }), expected: signedIn },
    mergeSuggestions: {
      operation:
        'mutation($sourceId: ID!, $targetId: ID!) { mergeSuggestions(sourceId: $sourceId, targetId: $targetId) { id } }',
      variables: async () => {
        const sourceId = await suggestion();
        const [target] = await t.dataSource.query(
          `INSERT INTO category_suggestions (challenge_id, text)
           SELECT challenge_id, 'Kohdeidea' FROM category_suggestions WHERE id = $1 RETURNING id`,
          [sourceId],
        );
        return { sourceId, targetId: target.id };
      },
      expected: staff,
    },
    adoptSuggestion: {
      operation: 'mutation($id: ID!, $target: ID!) { adoptSuggestion(id: $id, targetChallengeId: $target) { id } }',
      variables: async () => ({ id: await suggestion(), target: (await challenge(ChallengeStatus.DRAFT)).id }),
      expected: staff,
    },
    'updateChallenge(suggestionsOpen)': {
      operation:
        'mutation($id: ID!) { updateChallenge(id: $id, input: { suggestionsOpen: false }) { suggestionsOpen } }',
      variables: async () => ({ id: (await challenge()).id }),
      expected: staff,
    },
  });

  it("a draft challenge's suggestions do not exist for anonymous visitors and patrons", async () => {
    const id = (await challenge(ChallengeStatus.DRAFT)).id;
    const query = 'query($id: ID!) { categorySuggestions(challengeId: $id) { totalCount } }';
    expect(errorCode(await t.gql(query, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(query, { id }, { token: (await t.newUser()).token }))).toBe('NOT_FOUND');
  });

  it('a suspended reader can read but not suggest, vote or unvote (FORBIDDEN, reason SUSPENDED)', async () => {
    const reader = await t.newUser();
    const id = await suggestion();
    await suspend(t.dataSource, reader.user.id);
    const writes = [
      await t.gql(SUGGEST, { challengeId: (await challenge()).id, text: 'Estetyn idea' }, { token: reader.token }),
      await t.gql(VOTE, { id }, { token: reader.token }),
      await t.gql(UNVOTE, { id }, { token: reader.token }),
    ];
    for (const response of writes) {
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors[0]?.extensions?.['reason']).toBe('SUSPENDED');
    }
    const read = await t.gql(
      'query($id: ID!) { categorySuggestions(challengeId: $id) { totalCount } }',
      { id: (await challenge()).id },
      { token: reader.token },
    );
    expect(read.errors).toEqual([]);
  });

  it("another reader's vote does not touch mine", async () => {
    const id = await suggestion();
    const me = await t.newUser();
    const other = await t.newUser();
    await t.gql(VOTE, { id }, { token: me.token });
    await t.gql(UNVOTE, { id }, { token: other.token });
    const mine = await t.gql<{ voteSuggestion: { voteCount: number } }>(VOTE, { id }, { token: me.token });
    expect(mine.data?.voteSuggestion.voteCount).toBe(1);
  });
});
