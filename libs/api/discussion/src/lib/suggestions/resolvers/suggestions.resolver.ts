import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles, type UserEntity } from '@lukuhaaste/api/accounts';
import { CategoryOutput, type CategoryEntity } from '@lukuhaaste/api/challenges';
import { LocalizedTextInput, toOffsetConnection, type Connection } from '@lukuhaaste/api/common';
import { SUGGESTIONS_PAGE_SIZE } from '../constants/suggestion-limits.constant';
import { CategorySuggestionConnection, CategorySuggestionOutput } from '../dtos/category-suggestion.output';
import type { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionOrder } from '../enums/suggestion-order.enum';
import { SuggestionCuration } from '../services/suggestion-curation.service';
import { SuggestionQueries } from '../services/suggestion-queries.service';
import { SuggestionsService } from '../services/suggestions.service';

@Resolver(() => CategorySuggestionOutput)
export class SuggestionsResolver {
  constructor(
    private readonly queries: SuggestionQueries,
    private readonly suggestions: SuggestionsService,
    private readonly curation: SuggestionCuration,
  ) {}

  @Public()
  @Query(() => CategorySuggestionConnection, {
    description:
      "A challenge's suggestions except merged ones (open or closed for new ones); hidden ones without text for non-staff. NOT_FOUND for a draft unless staff.",
  })
  async categorySuggestions(
    @CurrentUser() viewer: UserEntity | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, defaultValue: SUGGESTIONS_PAGE_SIZE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('orderBy', { type: () => SuggestionOrder, defaultValue: SuggestionOrder.VOTES }) orderBy: SuggestionOrder,
  ): Promise<Connection<CategorySuggestionEntity>> {
    const { rows, page, total } = await this.queries.page(challengeId, viewer, orderBy, first, after);
    return toOffsetConnection(rows, page, total);
  }

  @Mutation(() => CategorySuggestionOutput, {
    description:
      'Only while the challenge has suggestionsOpen (else FORBIDDEN, reason SUGGESTIONS_CLOSED). text: 5–300 characters on one line. RATE_LIMITED past 10 a day.',
  })
  suggestCategory(
    @CurrentUser() user: UserEntity,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('text') text: string,
  ): Promise<CategorySuggestionEntity> {
    return this.suggestions.suggest(user, challengeId, text);
  }

  @Mutation(() => CategorySuggestionOutput, {
    description:
      'Idempotent; one vote per reader (authors may vote for their own). FORBIDDEN when closed (SUGGESTIONS_CLOSED) or hidden (SUGGESTION_HIDDEN); CONFLICT (SUGGESTION_NOT_OPEN) once merged or adopted.',
  })
  voteSuggestion(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CategorySuggestionEntity> {
    return this.suggestions.vote(user, id);
  }

  @Mutation(() => CategorySuggestionOutput, { description: 'Idempotent; same rules as voteSuggestion.' })
  unvoteSuggestion(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CategorySuggestionEntity> {
    return this.suggestions.unvote(user, id);
  }

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Mutation(() => CategorySuggestionOutput, {
    description:
      "Staff. Moves the source's votes to the target (one per reader) and marks the source MERGED; returns the source (mergedInto = target). Both OPEN and of one challenge.",
  })
  mergeSuggestions(
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<CategorySuggestionEntity> {
    return this.curation.merge(sourceId, targetId);
  }

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Mutation(() => CategoryOutput, {
    description:
      "Staff. Adds a category (title defaults to the suggestion's text in Finnish) at the end of a DRAFT challenge and marks the suggestion ADOPTED; CONFLICT (TARGET_NOT_DRAFT) otherwise.",
  })
  adoptSuggestion(
    @CurrentUser() librarian: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('targetChallengeId', { type: () => ID }) targetChallengeId: string,
    @Args('title', { type: () => LocalizedTextInput, nullable: true }) title: LocalizedTextInput | null,
  ): Promise<CategoryEntity> {
    return this.curation.adopt(librarian, id, targetChallengeId, title);
  }
}
