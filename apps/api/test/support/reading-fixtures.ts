import { CategoryEntity, ChallengeEntity, ChallengeStatus } from '@lukuhaaste/api/challenges';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface FixtureChallenge {
  id: string;
  categoryIds: string[];
}

/** A challenge with numbered categories, inserted directly (the editor API has its own specs). */
export async function insertChallenge(
  dataSource: DataSource,
  options: { categories: number; status?: ChallengeStatus; allowBookReuse?: boolean; year?: number; startsOn?: string },
): Promise<FixtureChallenge> {
  const year = options.year ?? 2026;
  const challenge = await dataSource.getRepository(ChallengeEntity).save({
    slug: `test-${randomBytes(4).toString('hex')}`,
    year,
    title: { fi: `Testihaaste ${year}` },
    description: null,
    status: options.status ?? ChallengeStatus.PUBLISHED,
    startsOn: options.startsOn ?? `${year}-01-01`,
    endsOn: `${year}-12-31`,
    allowBookReuse: options.allowBookReuse ?? false,
    createdById: null,
    publishedAt: null,
  });
  const categories = await dataSource.getRepository(CategoryEntity).save(
    Array.from({ length: options.categories }, (_, index) => ({
      challengeId: challenge.id,
      position: index + 1,
      title: { fi: `Kohta ${index + 1}`, sv: `Punkt ${index + 1}`, en: `Item ${index + 1}` },
      description: null,
    })),
  );
  return { id: challenge.id, categoryIds: categories.map((category) => category.id) };
}
