import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@lukuhaaste/api/accounts';
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
import { ProgressSharingResolver } from './resolvers/progress-sharing.resolver';
import { BranchLeaderboardService } from './services/branch-leaderboard.service';
import { CategoriesService } from './services/categories.service';
import { ChallengeStatsService } from './services/challenge-stats.service';
import { ChallengesService } from './services/challenges.service';
import { PaperParticipationService } from './services/paper-participation.service';
import { ParticipationService } from './services/participation.service';
import { ProgressSharingPersonalData } from './services/progress-sharing-personal-data.service';
import { ProgressSharingService } from './services/progress-sharing.service';
import { ShareCardController } from './share-card/share-card.controller';
import { ShareCardService } from './share-card/share-card.service';

export const CHALLENGES_RESOLVERS = [
  ChallengeResolver,
  ChallengeEditorResolver,
  CategoryEditorResolver,
  ParticipationResolver,
  BranchLeaderboardResolver,
  ChallengeStatsResolver,
  PaperParticipationResolver,
  ProgressSharingResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(CHALLENGES_ENTITIES), AccountsModule],
  controllers: [ShareCardController],
  // The Date scalar is registered here, the first context that uses it.
  providers: [
    ChallengesService,
    CategoriesService,
    ParticipationService,
    BranchLeaderboardService,
    ChallengeStatsService,
    PaperParticipationService,
    ProgressSharingService,
    ProgressSharingPersonalData,
    ShareCardService,
    DateScalar,
    PublicChallengeCache,
    PublicChallengeCachePlugin,
    ...CHALLENGES_RESOLVERS,
  ],
  exports: [ChallengesService, CategoriesService, ParticipationService],
})
export class ChallengesModule {}
