import { Injectable } from '@nestjs/common';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { DataSource } from 'typeorm';
import type { BranchLeaderboardRowOutput } from '../dtos/branch-leaderboard-row.output';
import { queryBranchLeaderboard } from '../queries/branch-totals.query';
import { ChallengesService } from './challenges.service';

/** The friendly competition between branches; public like the challenge itself. */
@Injectable()
export class BranchLeaderboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
  ) {}

  /** NOT_FOUND for a draft unless the viewer is staff, as for the challenge. */
  async forChallenge(challengeId: string, viewer: UserEntity | null): Promise<BranchLeaderboardRowOutput[]> {
    const challenge = await this.challenges.get({ id: challengeId }, viewer);
    const rows = await queryBranchLeaderboard(this.dataSource.manager, challenge.id);
    return rows.map(({ branchId, slug, name, ...totals }) => ({ branch: { id: branchId, slug, name }, ...totals }));
  }
}
