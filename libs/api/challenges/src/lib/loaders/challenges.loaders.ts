import { alignToKeys, groupToKeys, requestLoader } from '@lukuhaaste/api/common';
import type DataLoader from 'dataloader';
import type { CategoryEntity } from '../entities/category.entity';
import type { ParticipationEntity } from '../entities/participation.entity';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { CategoriesService } from '../services/categories.service';
import type { ChallengesService } from '../services/challenges.service';
import type { ParticipationService } from '../services/participation.service';

/**
 * Request-scoped loaders (keyed by the GraphQL context's `req`): a list of
 * any length resolves each nested field with one query.
 */
export function challengeByIdLoader(
  request: object,
  challenges: ChallengesService,
): DataLoader<string, ChallengeEntity | null> {
  return requestLoader(request, 'challenges.challengeById', async (ids: readonly string[]) =>
    alignToKeys(ids, await challenges.findByIds(ids), (challenge) => challenge.id, null),
  );
}

export function categoryByIdLoader(
  request: object,
  categories: CategoriesService,
): DataLoader<string, CategoryEntity | null> {
  return requestLoader(request, 'challenges.categoryById', async (ids: readonly string[]) =>
    alignToKeys(ids, await categories.findByIds(ids), (category) => category.id, null),
  );
}

export function categoriesOfChallengeLoader(
  request: object,
  categories: CategoriesService,
): DataLoader<string, CategoryEntity[]> {
  return requestLoader(request, 'challenges.categoriesOfChallenge', async (challengeIds: readonly string[]) =>
    groupToKeys(challengeIds, await categories.findByChallengeIds(challengeIds), (category) => category.challengeId),
  );
}

export function participationByIdLoader(
  request: object,
  participations: ParticipationService,
): DataLoader<string, ParticipationEntity | null> {
  return requestLoader(request, 'challenges.participationById', async (ids: readonly string[]) =>
    alignToKeys(ids, await participations.findByIds(ids), (participation) => participation.id, null),
  );
}
