import type { DataSource } from 'typeorm';
import { CategoryEntity } from '../entities/category.entity';
import { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeStatus } from '../enums/challenge-status.enum';

export interface TestChallengeOptions {
  categories?: number;
  status?: ChallengeStatus;
  year?: number;
  allowBookReuse?: boolean;
  suggestionsOpen?: boolean;
  /** Defaults to January 1st of the year. */
  startsOn?: string;
}

export interface TestChallenge {
  challenge: ChallengeEntity;
  categories: CategoryEntity[];
}

let sequence = 0;

/**
 * Inserts a challenge with numbered categories straight into the database.
 * Each call gets its own slug; PUBLISHED ones get their own year (unless
 * given, from 2000..2049: keep years of 2050 and later for the test itself)
 * so the one-published-per-year index never trips across fixtures.
 */
export async function createTestChallenge(
  dataSource: DataSource,
  options: TestChallengeOptions = {},
): Promise<TestChallenge> {
  sequence += 1;
  const status = options.status ?? ChallengeStatus.PUBLISHED;
  const year = options.year ?? 2000 + (sequence % 50);
  return dataSource.transaction(async (manager) => {
    const challenge = manager.create(ChallengeEntity, {
      slug: `test-${year}-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
      year,
      title: { fi: `Testihaaste ${sequence}`, sv: `Testutmaning ${sequence}` },
      description: null,
      status,
      startsOn: options.startsOn ?? `${year}-01-01`,
      endsOn: `${year}-12-31`,
      allowBookReuse: options.allowBookReuse ?? false,
      suggestionsOpen: options.suggestionsOpen ?? false,
      publishedAt: status === ChallengeStatus.DRAFT ? null : new Date(),
    });
    await manager.insert(ChallengeEntity, challenge);
    const categories = Array.from({ length: options.categories ?? 3 }, (_, index) =>
      manager.create(CategoryEntity, {
        challengeId: challenge.id,
        position: index + 1,
        title: { fi: `Haastekohta ${index + 1}` },
        description: null,
      }),
    );
    if (categories.length > 0) await manager.insert(CategoryEntity, categories);
    return { challenge: await manager.findOneByOrFail(ChallengeEntity, { id: challenge.id }), categories };
  });
}
