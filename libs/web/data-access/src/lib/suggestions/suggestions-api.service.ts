import { inject, Injectable } from '@angular/core';
import {
  AdoptSuggestionDocument,
  CategorySuggestionsDocument,
  MergeSuggestionsDocument,
  SuggestCategoryDocument,
  SuggestionDraftChallengesDocument,
  SuggestionsChallengeDocument,
  UnvoteSuggestionDocument,
  VoteSuggestionDocument,
  type AdoptSuggestionMutation,
  type LocalizedTextInput,
  type SuggestionDraftChallengesQuery,
  type SuggestionFieldsFragment,
  type SuggestionOrder,
  type SuggestionsChallengeQuery,
} from '../../generated/suggestions';
import { GraphqlClient } from '../graphql/graphql-client.service';
import { pageOf, type ListPage } from '../graphql/list-page';

export type Suggestion = SuggestionFieldsFragment;
export type SuggestionsChallenge = SuggestionsChallengeQuery['challenge'];
export type DraftChallenge = SuggestionDraftChallengesQuery['challenges'][number];
export type AdoptedCategory = AdoptSuggestionMutation['adoptSuggestion'];

const PAGE_SIZE = 30;

/** Category suggestions for next year's challenge as promises (rejections are ApiErrors). */
@Injectable({ providedIn: 'root' })
export class SuggestionsApi {
  private readonly client = inject(GraphqlClient);

  async challenge(slug: string): Promise<SuggestionsChallenge> {
    return (await this.client.query(SuggestionsChallengeDocument, { slug })).challenge;
  }

  async list(challengeId: string, orderBy: SuggestionOrder, after?: string | null): Promise<ListPage<Suggestion>> {
    const { categorySuggestions } = await this.client.query(CategorySuggestionsDocument, {
      challengeId,
      orderBy,
      first: PAGE_SIZE,
      after,
    });
    return pageOf(categorySuggestions);
  }

  async suggest(challengeId: string, text: string): Promise<Suggestion> {
    return (await this.client.mutate(SuggestCategoryDocument, { challengeId, text })).suggestCategory;
  }

  /** Votes for it, or takes the vote back. */
  async setVote(id: string, voted: boolean): Promise<Suggestion> {
    if (voted) return (await this.client.mutate(VoteSuggestionDocument, { id })).voteSuggestion;
    return (await this.client.mutate(UnvoteSuggestionDocument, { id })).unvoteSuggestion;
  }

  /** Staff: moves the source's votes to the target; answers the target. */
  async merge(sourceId: string, targetId: string): Promise<Suggestion> {
    return (await this.client.mutate(MergeSuggestionsDocument, { sourceId, targetId })).mergeSuggestions;
  }

  /** Staff: the challenges a suggestion can become a category of (drafts, newest year first). */
  async draftChallenges(): Promise<DraftChallenge[]> {
    return (await this.client.query(SuggestionDraftChallengesDocument)).challenges;
  }

  /** Staff: adds the suggestion as a new category of a draft challenge. */
  async adopt(id: string, targetChallengeId: string, title: LocalizedTextInput): Promise<AdoptedCategory> {
    return (await this.client.mutate(AdoptSuggestionDocument, { id, targetChallengeId, title })).adoptSuggestion;
  }
}
