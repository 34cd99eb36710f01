import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '@lukuhaaste/api/seed';
import { startTestApp, type TestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const CHALLENGE_2026 = `query {
  challenge(slug: "lukuhaaste-2026") {
    suggestionsOpen
    id
  }
}`;
const LIST = `query($id: ID!) {
  categorySuggestions(challengeId: $id) { edges { node { voteCount votedByMe status } } }
}`;

describe('demo suggestions seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
  });
  afterAll(() => t.close());

  it("opens this year's challenge for suggestions with three ideas, ranked by their votes", async () => {
    const patron = DEMO_USERS.find((user) => user.role === 'PATRON');
    const login = await t.gql<{ login: { token: string } }>(LOGIN, {
      input: { email: patron?.email, password: DEMO_PASSWORD },
    });
    const token = login.data?.login.token;
    const challenge = await t.gql<{ challenge: { id: string; suggestionsOpen: boolean } }>(CHALLENGE_2026);
    expect(challenge.data?.challenge.suggestionsOpen).toBe(true);

    const list = await t.gql<{
      categorySuggestions: { edges: Array<{ node: { voteCount: number; votedByMe: boolean; status: string } }> };
    }>(LIST, { id: challenge.data?.challenge.id }, { token });
    const nodes = list.data?.categorySuggestions.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => [node.voteCount, node.votedByMe, node.status])).toEqual([
      [5, true, 'OPEN'],
      [3, false, 'OPEN'],
      [1, false, 'OPEN'],
    ]);
    const [counts] = await t.dataSource.query(
      `SELECT count(*)::int AS drifting FROM category_suggestions s
        WHERE s.vote_count <> (SELECT count(*) FROM suggestion_votes v WHERE v.suggestion_id = s.id)`,
    );
    expect(counts.drifting).toBe(0);
  });
});
