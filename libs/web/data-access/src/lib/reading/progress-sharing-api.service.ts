import { inject, Injectable } from '@angular/core';
import {
  MyProgressSharingDocument,
  SetProgressSharingDocument,
  SharedProgressDocument,
  type ProgressSharingFieldsFragment,
  type SharedProgressQuery,
} from '../../generated/reading';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type ProgressSharing = ProgressSharingFieldsFragment;
export type SharedProgress = SharedProgressQuery['sharedProgress'];

/** Public progress pages (share card): the patron's opt-in and the public view. Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class ProgressSharingApi {
  private readonly client = inject(GraphqlClient);

  /** Null when the logged-in patron has not joined the challenge. */
  async mine(challengeId: string): Promise<ProgressSharing | null> {
    const { myProgressSharing } = await this.client.query(MyProgressSharingDocument, { challengeId });
    return myProgressSharing;
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
