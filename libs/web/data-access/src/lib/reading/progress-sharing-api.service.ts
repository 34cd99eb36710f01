import { inject, Injectable } from '@angular/core';
import {
  MyProgressSharingsDocument,
  SetProgressSharingDocument,
  SharedProgressDocument,
  type MyProgressSharingsQuery,
  type ProgressSharingFieldsFragment,
  type SharedProgressQuery,
} from '../../generated/reading';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type ProgressSharing = ProgressSharingFieldsFragment;
/** A sharing choice with the joined challenge it belongs to. */
export type ChallengeSharing = MyProgressSharingsQuery['myProgressSharings'][number];
export type SharedProgress = SharedProgressQuery['sharedProgress'];

/** Public progress pages (share card): the patron's opt-in and the public view. Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class ProgressSharingApi {
  private readonly client = inject(GraphqlClient);

  /** Every challenge the logged-in patron has joined, newest year first. */
  async mineForJoined(): Promise<ChallengeSharing[]> {
    const { myProgressSharings } = await this.client.query(MyProgressSharingsDocument);
    return myProgressSharings;
  }

  async set(challengeId: string, enabled: boolean): Promise<ProgressSharing> {
    const { setProgressSharing } = await this.client.mutate(SetProgressSharingDocument, { challengeId, enabled });
    return setProgressSharing;
  }

  /** Public; NOT_FOUND unless the patron shares that year. */
  async shared(slug: string, year: number): Promise<SharedProgress> {
    const { sharedProgress } = await this.client.query(SharedProgressDocument, { slug, year });
    return sharedProgress;
  }
}
