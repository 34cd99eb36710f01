import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type UserEntity } from '@lukuhaaste/api/accounts';
import { CategoryOutput } from '../dtos/category.output';
import { ChallengeOutput } from '../dtos/challenge.output';
import type { CategoryEntity } from '../entities/category.entity';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeStatus } from '../enums/challenge-status.enum';
import { categoriesOfChallengeLoader } from '../loaders/challenges.loaders';
import { PublicChallengeCache } from '../public-cache/public-challenge-cache';
import { CategoriesService } from '../services/categories.service';
import { ChallengesService } from '../services/challenges.service';

@Resolver(() => ChallengeOutput)
export class ChallengeResolver {
  constructor(
    private readonly challengesService: ChallengesService,
    private readonly categoriesService: CategoriesService,
    private readonly publicCache: PublicChallengeCache,
  ) {}

  @Public()
  @Query(() => [ChallengeOutput], {
    description:
      'Patrons and anonymous visitors see PUBLISHED and ARCHIVED; librarians/admins also DRAFT. Newest year first.',
  })
  challenges(
    @CurrentUser() viewer: UserEntity | null,
    @Args('status', { type: () => ChallengeStatus, nullable: true }) status?: ChallengeStatus | null,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<ChallengeEntity[]> {
    return this.challengesService.list({ status, year }, viewer);
  }

  @Public()
  @Query(() => ChallengeOutput, {
    description: 'By slug or id (exactly one). NOT_FOUND when missing or a DRAFT seen by a non-librarian.',
  })
  async challenge(
    @CurrentUser() viewer: UserEntity | null,
    @Context('req') request: object,
    @Args('slug', { type: () => String, nullable: true }) slug?: string | null,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
  ): Promise<ChallengeEntity> {
    const { challenge, categories } = await this.challengesService.getWithCategories({ slug, id }, viewer);
    // Read with the challenge in one statement: `categories` below needs no query of its own.
    categoriesOfChallengeLoader(request, this.categoriesService).prime(challenge.id, categories);
    this.publicCache.noteRead(request, challenge);
    return challenge;
  }

  @Public()
  @Query(() => ChallengeOutput, {
    nullable: true,
    description:
      'The PUBLISHED challenge whose period contains today (Helsinki), else the newest PUBLISHED; null if none.',
  })
  currentChallenge(): Promise<ChallengeEntity | null> {
    return this.challengesService.current();
  }

  @ResolveField(() => [CategoryOutput], {
    description: 'Categories ordered by position (1..n). Resolved through a DataLoader.',
  })
  categories(@Parent() challenge: ChallengeEntity, @Context('req') request: object): Promise<CategoryEntity[]> {
    return categoriesOfChallengeLoader(request, this.categoriesService).load(challenge.id);
  }
}
