import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@lukuhaaste/api/accounts';
import { ChallengeStatsOutput } from '../dtos/challenge-stats.output';
import { ChallengeStatsService } from '../services/challenge-stats.service';

@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver()
export class ChallengeStatsResolver {
  constructor(private readonly stats: ChallengeStatsService) {}

  @Query(() => ChallengeStatsOutput, {
    description:
      'Participation, entries and discussion figures; with branchId, of the patrons whose home it is. Cached per challenge and branch for STATS_CACHE_TTL_SECONDS (60 s by default, shared between instances through Redis when configured): writes are not seen until the cached answer expires. Who asks is checked on every request.',
  })
  challengeStats(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('branchId', { type: () => ID, nullable: true }) branchId?: string | null,
  ): Promise<ChallengeStatsOutput> {
    return this.stats.forChallenge(challengeId, branchId ?? null);
  }
}
