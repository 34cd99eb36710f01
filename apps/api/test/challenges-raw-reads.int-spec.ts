import {
  CategoriesService,
  CategoryEntity,
  ChallengeEntity,
  ChallengeStatus,
  ChallengesService,
} from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { startTestApp, type TestApp } from './support/test-app';

/** The challenge page's reads use plain SQL; their rows must be what TypeORM would have hydrated (toEqual: every column, same values). */
describe('challenge reads in plain SQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('returns challenges and categories equal to the entities, every column included', async () => {
    const librarian = await t.newUser();
    const { challenge } = await createTestChallenge(t.dataSource, { categories: 3, suggestionsOpen: true });
    await t.dataSource.query(
      `UPDATE challenges SET description = '{"fi": "Kuvaus"}', created_by = $2, allow_book_reuse = true WHERE id = $1`,
      [challenge.id, librarian.user.id],
    );
    const entity = await t.dataSource.manager.findOneByOrFail(ChallengeEntity, { id: challenge.id });
    const challenges = t.app.get(ChallengesService);
    const viewer = { ...librarian.user };

    expect(await challenges.get({ slug: challenge.slug }, viewer)).toEqual({ ...entity });
    expect(await challenges.get({ id: challenge.id }, viewer)).toEqual({ ...entity });
    expect(await challenges.findByIds([challenge.id])).toEqual([{ ...entity }]);

    const categories = t.app.get(CategoriesService);
    const stored = await t.dataSource.manager.find(CategoryEntity, {
      where: { challengeId: challenge.id },
      order: { position: 'ASC' },
    });
    expect(await categories.findByChallengeIds([challenge.id])).toEqual(stored.map((category) => ({ ...category })));
    expect(await categories.findByIds([stored[1]!.id])).toEqual([{ ...stored[1] }]);
    expect(entity.status).toBe(ChallengeStatus.PUBLISHED);
  });
});
