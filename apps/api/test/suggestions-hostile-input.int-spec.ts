import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { resetRateLimits } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const SUGGEST = `mutation($challengeId: ID!, $text: String!) { suggestCategory(challengeId: $challengeId, text: $text) { id text } }`;

describe('suggestions hostile input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stores every hostile string exactly (trimmed) or rejects it with BAD_USER_INPUT, never a 500', async () => {
    const { token } = await t.newUser();
    const { challenge } = await createTestChallenge(t.dataSource, { suggestionsOpen: true });
    for (const text of loadHostileStrings()) {
      // More suggestions than the daily limit allows one reader.
      await resetRateLimits(t.dataSource);
      const response = await t.gql<{ suggestCategory: { id: string; text: string } }>(
        SUGGEST,
        { challengeId: challenge.id, text },
        { token },
      );
      if (response.errors.length > 0) {
        expect({ text, code: errorCode(response) }).toEqual({ text, code: 'BAD_USER_INPUT' });
        continue;
      }
      expect(response.data?.suggestCategory.text).toBe(text.trim());
      const [row] = await t.dataSource.query(`SELECT text FROM category_suggestions WHERE id = $1`, [
        response.data?.suggestCategory.id,
      ]);
      expect(row.text).toBe(text.trim());
    }
  });
});
