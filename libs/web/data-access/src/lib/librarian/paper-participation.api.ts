import { inject, Injectable } from '@angular/core';
import {
  DeletePaperParticipationDocument,
  RecordPaperParticipationDocument,
  type PaperParticipationFieldsFragment,
} from '../../generated/librarian';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type PaperParticipation = PaperParticipationFieldsFragment;

/** Paper returns recorded at the desk (librarians and admins). Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class PaperParticipationApi {
  private readonly client = inject(GraphqlClient);

  /** Rejects with BAD_USER_INPUT (completedCategories OUT_OF_RANGE, branchId INVALID_VALUE). */
  async record(challengeId: string, branchId: string, completedCategories: number): Promise<PaperParticipation> {
    return (await this.client.mutate(RecordPaperParticipationDocument, { challengeId, branchId, completedCategories }))
      .recordPaperParticipation;
  }

  async undo(id: string): Promise<void> {
    await this.client.mutate(DeletePaperParticipationDocument, { id });
  }
}
