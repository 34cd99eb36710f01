import { inject, Injectable } from '@angular/core';
import {
  LibrarianChallengeStatsDocument,
  StatsFiltersDocument,
  type StatsFiguresFragment,
  type StatsFiltersQuery,
} from '../../generated/librarian';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type StatsFigures = StatsFiguresFragment;
export type StatsChallenge = StatsFiltersQuery['challenges'][number];
export type StatsBranch = StatsFiltersQuery['branches'][number];

/** Figures for the librarians' statistics dashboard (the API refuses patrons). Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class LibrarianStatsApi {
  private readonly client = inject(GraphqlClient);

  /** Every challenge (newest year first) and every branch, for the filters. */
  async filters(): Promise<StatsFiltersQuery> {
    return await this.client.query(StatsFiltersDocument);
  }

  /** The challenge's online figures, of one branch's patrons when `branchId` is given. */
  async figures(challengeId: string, branchId: string | null): Promise<StatsFigures> {
    return (await this.client.query(LibrarianChallengeStatsDocument, { challengeId, branchId })).challengeStats.online;
  }
}
