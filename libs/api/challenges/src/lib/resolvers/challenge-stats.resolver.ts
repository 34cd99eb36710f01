import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@lukuhaaste/api/accounts';
import { ChallengeStatsOutput } from '../dtos/challenge-stats.output';
import { ChallengeStatsService } from '../services/challenge-stats.service';

@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver()
export class ChallengeStatsResolver {
  constructor(private readonly stats: ChallengeStatsService) {}

  @Query(() => ChallengeStatsOutput, {
    description: 'Participation, entries and discussion figures; with branchId, of the patrons whose home it is.',
  })
  challengeStats(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('branchId', { type: () => ID, nullable: true }) branchId?: string | null,
  ): Promise<ChallengeStatsOutput> {
    return this.stats.forChallenge(challengeId, branchId ?? null);
  }
}
