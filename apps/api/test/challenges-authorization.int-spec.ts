import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { startTestApp, type TestApp } from './support/test-app';

describe('challenges authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const everyone = { anonymous: 'ok', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const signedIn = { anonymous: 'UNAUTHENTICATED', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const editors = { anonymous: 'UNAUTHENTICATED', patron: 'FORBIDDEN', librarian: 'ok', admin: 'ok' } as const;

  // Each row gets a fresh target, so one actor's success never changes the next actor's case.
  let year = 2049;
  const draft = async (categories = 2) =>
    (await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT, categories, year: (year += 1) }))
      .challenge;
  const published = async () =>
    (await createTestChallenge(t.dataSource, { status: ChallengeStatus.PUBLISHED, year: (year += 1) })).challenge;
  const draftCategory = async () =>
    (await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT, year: (year += 1) })).categories[0]!;

  describeAuthorizationMatrix(() => t, {
    challenges: { operation: '{ challenges { id } }', expected: everyone },
    challenge: {
      operation: 'query($id: ID) { challenge(id: $id) { id } }',
      variables: async () => ({ id: (await published()).id }),
      expected: everyone,
    },
    currentChallenge: { operation: '{ currentChallenge { id } }', expected: everyone },
    myParticipation: {
      operation: 'query($id: ID!) { myParticipation(challengeId: $id) { id } }',
      variables: async () => ({ id: (await published()).id }),
      expected: signedIn,
    },
    joinChallenge: {
      operation: 'mutation($id: ID!) { joinChallenge(challengeId: $id) { id } }',
      variables: async () => ({ id: (await published()).id }),
      expected: signedIn,
    },
    createChallenge: {
      operation: 'mutation($year: Int!) { createChallenge(input: { year: $year, title: { fi: "Haaste" } }) { id } }',
      variables: async () => ({ year: (year += 1) }),
      expected: editors,
    },
    updateChallenge: {
      operation: 'mutation($id: ID!) { updateChallenge(id: $id, input: { title: { fi: "Uusi" } }) { id } }',
      variables: async () => ({ id: (await draft()).id }),
      expected: editors,
    },
    cloneChallenge: {
      operation: 'mutation($id: ID!, $year: Int!) { cloneChallenge(sourceId: $id, year: $year) { id } }',
      variables: async () => ({ id: (await published()).id, year: (year += 1) }),
      expected: editors,
    },
    addCategory: {
      operation: 'mutation($id: ID!) { addCategory(challengeId: $id, input: { title: { fi: "Kohta" } }) { id } }',
      variables: async () => ({ id: (await draft()).id }),
      expected: editors,
    },
    updateCategory: {
      operation: 'mutation($id: ID!) { updateCategory(id: $id, input: { title: { fi: "Kohta" } }) { id } }',
      variables: async () => ({ id: (await draftCategory()).id }),
      expected: editors,
    },
    moveCategory: {
      operation: 'mutation($id: ID!) { moveCategory(id: $id, position: 2) { id } }',
      variables: async () => ({ id: (await draftCategory()).id }),
      expected: editors,
    },
    removeCategory: {
      operation: 'mutation($id: ID!) { removeCategory(id: $id) { id } }',
      variables: async () => ({ id: (await draftCategory()).id }),
      expected: editors,
    },
    publishChallenge: {
      operation: 'mutation($id: ID!) { publishChallenge(id: $id) { id } }',
      variables: async () => ({ id: (await draft()).id }),
      expected: editors,
    },
    archiveChallenge: {
      operation: 'mutation($id: ID!) { archiveChallenge(id: $id) { id } }',
      variables: async () => ({ id: (await published()).id }),
      expected: editors,
    },
  });
});
