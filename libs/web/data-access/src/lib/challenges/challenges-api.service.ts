import { inject, Injectable } from '@angular/core';
import {
  CategoryReadsDocument,
  ChallengeBySlugDocument,
  CurrentChallengeDocument,
  type CategoryReadsQuery,
  type ChallengeFieldsFragment,
} from '../../generated/reading';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type ChallengeDetails = ChallengeFieldsFragment;
export type ChallengeCategory = ChallengeFieldsFragment['categories'][number];
export type CategoryReadsPage = CategoryReadsQuery['categoryReads'];
export type CategoryRead = CategoryReadsPage['edges'][number]['node'];

/** Published challenges and what others read for their categories; all public. Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class ChallengesApi {
  private readonly client = inject(GraphqlClient);

  /** This year's challenge, or null when none is published. */
  async current(): Promise<ChallengeDetails | null> {
    const { currentChallenge } = await this.client.query(CurrentChallengeDocument);
    return currentChallenge;
  }

  async bySlug(slug: string): Promise<ChallengeDetails> {
    const { challenge } = await this.client.query(ChallengeBySlugDocument, { slug });
    return challenge;
  }

  async categoryReads(categoryId: string, first: number, after?: string | null): Promise<CategoryReadsPage> {
    const { categoryReads } = await this.client.query(CategoryReadsDocument, {
      categoryId,
      first,
      after: after ?? null,
    });
    return categoryReads;
  }
}
