import { createTestChallenge, type TestChallengeOptions } from '@lukuhaaste/api/challenges/testing';
import type { DataSource } from 'typeorm';

export interface FixtureChallenge {
  id: string;
  categoryIds: string[];
}

/** A challenge (see createTestChallenge) reduced to the ids the reading specs send. */
export async function insertChallenge(
  dataSource: DataSource,
  options: TestChallengeOptions,
): Promise<FixtureChallenge> {
  const { challenge, categories } = await createTestChallenge(dataSource, { year: 2026, ...options });
  return { id: challenge.id, categoryIds: categories.map((category) => category.id) };
}
