import {
  CategoriesService,
  CategoryEntity,
  ChallengeEntity,
  ChallengeStatus,
  ChallengesService,
  ParticipationEntity,
  ParticipationService,
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
    const creator = await t.newUser();
    const { challenge } = await createTestChallenge(t.dataSource, { categories: 3, suggestionsOpen: true });
    await t.dataSource.query(
      `UPDATE challenges SET description = '{"fi": "Kuvaus"}', created_by = $2, allow_book_reuse = true WHERE id = $1`,
      [challenge.id, creator.user.id],
    );
    const entity = await t.dataSource.manager.findOneByOrFail(ChallengeEntity, { id: challenge.id });
    const challenges = t.app.get(ChallengesService);
    const viewer = creator.user;

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
    expect(await challenges.getWithCategories({ slug: challenge.slug }, viewer)).toEqual({
      challenge: { ...entity },
      categories: stored.map((category) => ({ ...category })),
    });
  });

  it("returns a reader's participation equal to the entity", async () => {
    const { challenge } = await createTestChallenge(t.dataSource);
    const { user } = await t.newUser();
    const participations = t.app.get(ParticipationService);
    await t.dataSource.query(
      `INSERT INTO participations (user_id, challenge_id, completed_count, completed_at) VALUES ($1, $2, 3, now())`,
      [user.id, challenge.id],
    );
    const entity = await t.dataSource.manager.findOneByOrFail(ParticipationEntity, { userId: user.id });
    expect(await participations.findForUser(user.id, challenge.id)).toEqual({ ...entity });
    expect(
      await participations.findForUser(user.id, (await createTestChallenge(t.dataSource)).challenge.id),
    ).toBeNull();
  });

  it('reads a challenge without categories with an empty list, and hides drafts as get() does', async () => {
    const challenges = t.app.get(ChallengesService);
    const { challenge } = await createTestChallenge(t.dataSource, { categories: 0 });
    const { user } = await t.newUser();
    expect(await challenges.getWithCategories({ id: challenge.id }, user)).toMatchObject({
      challenge: { id: challenge.id, categoryCount: 0 },
      categories: [],
    });
    const { challenge: draft } = await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT });
    await expect(challenges.getWithCategories({ id: draft.id }, user)).rejects.toMatchObject({
      code: 'CHALLENGE_NOT_FOUND',
    });
  });
});
