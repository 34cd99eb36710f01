import { CategoryEntity } from './entities/category.entity';
import { ChallengeEntity } from './entities/challenge.entity';
import { PaperParticipationEntity } from './entities/paper-participation.entity';
import { ParticipationEntity } from './entities/participation.entity';
import { ProgressShareSlugEntity } from './entities/progress-share-slug.entity';

export const CHALLENGES_ENTITIES = [
  ChallengeEntity,
  CategoryEntity,
  ParticipationEntity,
  PaperParticipationEntity,
  ProgressShareSlugEntity,
];
