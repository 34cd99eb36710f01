import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  isSuspended,
  userByIdLoader,
  UserOutput,
  type GraphqlContext,
  type UserEntity,
} from '@lukuhaaste/api/accounts';
import { CategoriesService, categoryByIdLoader, CategoryOutput, type CategoryEntity } from '@lukuhaaste/api/challenges';
import { DataSource } from 'typeorm';
import { CategorySuggestionOutput } from '../dtos/category-suggestion.output';
import type { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { suggestionByIdLoader, votedByMeLoader } from '../loaders/suggestion.loaders';
import { SuggestionQueries } from '../services/suggestion-queries.service';
import { canReadSuggestionText } from '../utils/suggestion-rules.util';

/** What each viewer sees of a suggestion; nested fields are batched per request. */
@Resolver(() => CategorySuggestionOutput)
export class CategorySuggestionFieldsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: SuggestionQueries,
    private readonly categories: CategoriesService,
  ) {}

  @ResolveField(() => String, { nullable: true, description: 'Null when hidden and the viewer is not staff.' })
  text(@Parent() suggestion: CategorySuggestionEntity, @CurrentUser() viewer: UserEntity | null): string | null {
    return canReadSuggestionText(suggestion, viewer) ? suggestion.text : null;
  }

  @ResolveField(() => UserOutput, { nullable: true, description: 'Null once the author deleted their account.' })
  async author(
    @Parent() suggestion: CategorySuggestionEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<UserEntity | null> {
    return suggestion.authorId ? await userByIdLoader(req, this.dataSource.manager).load(suggestion.authorId) : null;
  }

  @ResolveField(() => Boolean, { description: 'False for anonymous viewers.' })
  async votedByMe(
    @Parent() suggestion: CategorySuggestionEntity,
    @CurrentUser() viewer: UserEntity | null,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    return viewer ? await votedByMeLoader(req, this.queries, viewer.id).load(suggestion.id) : false;
  }

  @ResolveField(() => CategorySuggestionOutput, { nullable: true, description: 'Where a MERGED suggestion went.' })
  async mergedInto(
    @Parent() suggestion: CategorySuggestionEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<CategorySuggestionEntity | null> {
    return suggestion.mergedIntoId ? await suggestionByIdLoader(req, this.queries).load(suggestion.mergedIntoId) : null;
  }

  @ResolveField(() => CategoryOutput, {
    nullable: true,
    description: 'The category an ADOPTED suggestion became (null if it was removed from the draft since).',
  })
  async adoptedCategory(
    @Parent() suggestion: CategorySuggestionEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<CategoryEntity | null> {
    return suggestion.adoptedCategoryId
      ? await categoryByIdLoader(req, this.categories).load(suggestion.adoptedCategoryId)
      : null;
  }

  @ResolveField(() => Boolean, { description: 'Signed in, not suspended, not the author, and not already hidden.' })
  viewerCanReport(@Parent() suggestion: CategorySuggestionEntity, @CurrentUser() viewer: UserEntity | null): boolean {
    return viewer !== null && viewer.id !== suggestion.authorId && suggestion.hiddenAt === null && !isSuspended(viewer);
  }
}
