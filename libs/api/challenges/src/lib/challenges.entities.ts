import { CategoryEntity } from './entities/category.entity';
import { ChallengeEntity } from './entities/challenge.entity';
import { PaperParticipationEntity } from './entities/paper-participation.entity';
import { ParticipationEntity } from './entities/participation.entity';

export const CHALLENGES_ENTITIES = [ChallengeEntity, CategoryEntity, ParticipationEntity, PaperParticipationEntity];
