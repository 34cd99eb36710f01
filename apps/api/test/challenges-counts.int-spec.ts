import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { startTestApp, type TestApp } from './support/test-app';

const COUNTS = `query($id: ID) { challenge(id: $id) { categoryCount participantCount } }`;
const JOIN = `mutation($challengeId: ID!) { joinChallenge(challengeId: $challengeId) { id } }`;

/** categoryCount and participantCount are columns the database keeps exact (triggers), whoever changes the rows. */
describe('challenge counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async (id: string) =>
    (await t.gql<{ challenge: { categoryCount: number; participantCount: number } }>(COUNTS, { id })).data?.challenge;

  it('counts parallel joins once each, and forgets a deleted reader', async () => {
    const { challenge } = await createTestChallenge(t.dataSource, { categories: 4 });
    const patrons = await Promise.all(Array.from({ length: 8 }, () => t.newUser()));
    const joins = await Promise.all(
      [...patrons, ...patrons].map(({ token }) => t.gql(JOIN, { challengeId: challenge.id }, { token })),
    );
    expect(joins.flatMap((response) => response.errors)).toEqual([]);
    expect(await counts(challenge.id)).toEqual({ categoryCount: 4, participantCount: 8 });

    await t.dataSource.query(`DELETE FROM users WHERE id = ANY($1::uuid[])`, [
      patrons.slice(0, 3).map((patron) => patron.user.id),
    ]);
    expect(await counts(challenge.id)).toEqual({ categoryCount: 4, participantCount: 5 });
  });

  it('keeps counts per challenge when one statement touches several', async () => {
    const first = await createTestChallenge(t.dataSource, { categories: 2 });
    const second = await createTestChallenge(t.dataSource, { categories: 5 });
    await t.dataSource.query(`DELETE FROM categories WHERE challenge_id = ANY($1::uuid[]) AND position <= 2`, [
      [first.challenge.id, second.challenge.id],
    ]);
    expect(await counts(first.challenge.id)).toEqual({ categoryCount: 0, participantCount: 0 });
    expect(await counts(second.challenge.id)).toEqual({ categoryCount: 3, participantCount: 0 });
  });

  it('refuses to move a category or participation to another challenge', async () => {
    const from = await createTestChallenge(t.dataSource, { categories: 1 });
    const to = await createTestChallenge(t.dataSource, { categories: 1 });
    const { token } = await t.newUser();
    await t.gql(JOIN, { challengeId: from.challenge.id }, { token });
    for (const table of ['categories', 'participations'])
      await expect(
        t.dataSource.query(`UPDATE ${table} SET challenge_id = $1 WHERE challenge_id = $2`, [
          to.challenge.id,
          from.challenge.id,
        ]),
      ).rejects.toThrow('cannot move to another challenge');
    expect(await counts(from.challenge.id)).toEqual({ categoryCount: 1, participantCount: 1 });
  });
});
