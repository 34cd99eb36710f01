import { inject, Injectable } from '@angular/core';
import {
  LibrarianAddCategoryDocument,
  LibrarianArchiveChallengeDocument,
  LibrarianChallengeDocument,
  LibrarianChallengesDocument,
  LibrarianCloneChallengeDocument,
  LibrarianCreateChallengeDocument,
  LibrarianMoveCategoryDocument,
  LibrarianPublishChallengeDocument,
  LibrarianRemoveCategoryDocument,
  LibrarianUpdateCategoryDocument,
  LibrarianUpdateChallengeDocument,
  type CategoryInput,
  type CreateChallengeInput,
  type LibrarianCategoryFieldsFragment,
  type LibrarianChallengeFieldsFragment,
  type LibrarianChallengeSummaryFragment,
  type UpdateChallengeInput,
} from '../../generated/librarian';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type EditorChallenge = LibrarianChallengeFieldsFragment;
export type EditorCategory = LibrarianCategoryFieldsFragment;
export type ChallengeSummary = LibrarianChallengeSummaryFragment;

/**
 * The librarian's challenge editing operations as promises (rejections are
 * ApiErrors). Every mutation answers with the server's new state, which the
 * editor adopts as is.
 */
@Injectable({ providedIn: 'root' })
export class LibrarianChallengesApi {
  private readonly client = inject(GraphqlClient);

  /** Every challenge, drafts included, newest year first. */
  async list(): Promise<ChallengeSummary[]> {
    return (await this.client.query(LibrarianChallengesDocument)).challenges;
  }

  async get(id: string): Promise<EditorChallenge> {
    return (await this.client.query(LibrarianChallengeDocument, { id })).challenge;
  }

  async create(input: CreateChallengeInput): Promise<EditorChallenge> {
    return (await this.client.mutate(LibrarianCreateChallengeDocument, { input })).createChallenge;
  }

  async update(id: string, input: UpdateChallengeInput): Promise<EditorChallenge> {
    return (await this.client.mutate(LibrarianUpdateChallengeDocument, { id, input })).updateChallenge;
  }

  async clone(sourceId: string, year: number): Promise<EditorChallenge> {
    return (await this.client.mutate(LibrarianCloneChallengeDocument, { sourceId, year })).cloneChallenge;
  }

  async publish(id: string): Promise<EditorChallenge> {
    return (await this.client.mutate(LibrarianPublishChallengeDocument, { id })).publishChallenge;
  }

  async archive(id: string): Promise<EditorChallenge> {
    return (await this.client.mutate(LibrarianArchiveChallengeDocument, { id })).archiveChallenge;
  }

  /** Position 1..n+1 (default last); later categories shift down by one. */
  async addCategory(challengeId: string, input: CategoryInput, position?: number): Promise<EditorCategory> {
    return (await this.client.mutate(LibrarianAddCategoryDocument, { challengeId, input, position })).addCategory;
  }

  async updateCategory(id: string, input: CategoryInput): Promise<EditorCategory> {
    return (await this.client.mutate(LibrarianUpdateCategoryDocument, { id, input })).updateCategory;
  }

  async moveCategory(id: string, position: number): Promise<EditorChallenge> {
    return (await this.client.mutate(LibrarianMoveCategoryDocument, { id, position })).moveCategory;
  }

  async removeCategory(id: string): Promise<EditorChallenge> {
    return (await this.client.mutate(LibrarianRemoveCategoryDocument, { id })).removeCategory;
  }
}
