import { Role } from '@lukuhaaste/api/accounts';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const HOSTILE = loadHostileStrings();
const label = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length} chars)` : value);

/** Every challenge text is stored exactly (trimmed) or rejected with BAD_USER_INPUT — never a 500. */
describe('challenges with hostile input', () => {
  let t: TestApp;
  let token: string;
  let challengeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = (await t.newUser(Role.LIBRARIAN)).token;
    challengeId = (await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT, categories: 0 })).challenge
      .id;
  });
  afterAll(() => t.close());

  it.each(HOSTILE.map((value) => [label(value), value]))(
    'category texts %s are stored trimmed or rejected',
    async (_label, value) => {
      const response = await t.gql<{
        addCategory: { title: { fi: string; sv: string | null }; description: { en: string | null } | null };
      }>(
        'mutation($id: ID!, $input: CategoryInput!) { addCategory(challengeId: $id, input: $input) { title { fi sv } description { en } } }',
        { id: challengeId, input: { title: { fi: value, sv: value }, description: { fi: 'Kuvaus', en: value } } },
        { token },
      );
      if (response.errors.length > 0) {
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      } else {
        expect(response.data?.addCategory.title.fi).toBe(value.trim());
        expect(response.data?.addCategory.description?.en ?? '').toBe(value.trim());
      }
    },
  );

  it.each(HOSTILE.map((value) => [label(value), value]))(
    'challenge lookups by slug %s never fail with a server error',
    async (_label, value) => {
      const response = await t.gql('query($slug: String) { challenge(slug: $slug) { id } }', { slug: value });
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
  );
});
