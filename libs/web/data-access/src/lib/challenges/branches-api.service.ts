import { inject, Injectable } from '@angular/core';
import {
  BranchesDocument,
  BranchLeaderboardDocument,
  type BranchFieldsFragment,
  type BranchLeaderboardQuery,
} from '../../generated/reading';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type Branch = BranchFieldsFragment;
export type BranchStanding = BranchLeaderboardQuery['branchLeaderboard'][number];

/** Library branches and the branch leaderboard; both public. Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class BranchesApi {
  private readonly client = inject(GraphqlClient);

  async list(): Promise<Branch[]> {
    return (await this.client.query(BranchesDocument)).branches;
  }

  /** Every branch with its totals in the challenge, most books first. */
  async leaderboard(challengeId: string): Promise<BranchStanding[]> {
    return (await this.client.query(BranchLeaderboardDocument, { challengeId })).branchLeaderboard;
  }
}
