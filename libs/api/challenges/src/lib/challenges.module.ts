import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DateScalar } from '@lukuhaaste/api/common';
import { CHALLENGES_ENTITIES } from './challenges.entities';
import { BranchLeaderboardResolver } from './resolvers/branch-leaderboard.resolver';
import { CategoryEditorResolver } from './resolvers/category-editor.resolver';
import { ChallengeEditorResolver } from './resolvers/challenge-editor.resolver';
import { ChallengeResolver } from './resolvers/challenge.resolver';
import { ChallengeStatsResolver } from './resolvers/challenge-stats.resolver';
import { PaperParticipationResolver } from './resolvers/paper-participation.resolver';
import { PublicChallengeCache } from './public-cache/public-challenge-cache';
import { PublicChallengeCachePlugin } from './public-cache/public-challenge-cache.plugin';
import { ParticipationResolver } from './resolvers/participation.resolver';
import { BranchLeaderboardService } from './services/branch-leaderboard.service';
import { CategoriesService } from './services/categories.service';
import { ChallengeStatsService } from './services/challenge-stats.service';
import { ChallengesService } from './services/challenges.service';
import { PaperParticipationService } from './services/paper-participation.service';
import { ParticipationService } from './services/participation.service';

export const CHALLENGES_RESOLVERS = [
  ChallengeResolver,
  ChallengeEditorResolver,
  CategoryEditorResolver,
  ParticipationResolver,
  BranchLeaderboardResolver,
  ChallengeStatsResolver,
  PaperParticipationResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(CHALLENGES_ENTITIES)],
  // The Date scalar is registered here, the first context that uses it.
  providers: [
    ChallengesService,
    CategoriesService,
    ParticipationService,
    BranchLeaderboardService,
    ChallengeStatsService,
    PaperParticipationService,
    DateScalar,
    PublicChallengeCache,
    PublicChallengeCachePlugin,
    ...CHALLENGES_RESOLVERS,
  ],
  exports: [ChallengesService, CategoriesService, ParticipationService],
})
export class ChallengesModule {}
