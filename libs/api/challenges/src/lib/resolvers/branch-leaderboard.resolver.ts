import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type UserEntity } from '@lukuhaaste/api/accounts';
import { BranchLeaderboardRowOutput } from '../dtos/branch-leaderboard-row.output';
import { BranchLeaderboardService } from '../services/branch-leaderboard.service';

@Resolver()
export class BranchLeaderboardResolver {
  constructor(private readonly leaderboard: BranchLeaderboardService) {}

  @Public()
  @Query(() => [BranchLeaderboardRowOutput], {
    description: 'Participants, books and completions per home branch; every branch, most books first.',
  })
  branchLeaderboard(
    @CurrentUser() viewer: UserEntity | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ): Promise<BranchLeaderboardRowOutput[]> {
    return this.leaderboard.forChallenge(challengeId, viewer);
  }
}
