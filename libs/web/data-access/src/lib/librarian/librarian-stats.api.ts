import { inject, Injectable } from '@angular/core';
import {
  LibrarianChallengeStatsDocument,
  StatsFiltersDocument,
  type OnlineStatsFiguresFragment,
  type PaperStatsFiguresFragment,
  type StatsFiltersQuery,
} from '../../generated/librarian';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type OnlineStatsFigures = OnlineStatsFiguresFragment;
export type PaperStatsFigures = PaperStatsFiguresFragment;
/** A challenge's figures: readers in the app, and printed lists returned at the desks. */
export interface StatsFigures {
  online: OnlineStatsFigures;
  paper: PaperStatsFigures;
}
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

  /**
   * The challenge's figures: online of one branch's patrons, on paper of the
   * lists returned at its desk, when `branchId` is given.
   */
  async figures(challengeId: string, branchId: string | null): Promise<StatsFigures> {
    const { online, paper } = (await this.client.query(LibrarianChallengeStatsDocument, { challengeId, branchId }))
      .challengeStats;
    return { online, paper };
  }
}
