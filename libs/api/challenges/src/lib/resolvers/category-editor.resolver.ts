import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@lukuhaaste/api/accounts';
import { CategoryInput } from '../dtos/category.input';
import { CategoryOutput } from '../dtos/category.output';
import { ChallengeOutput } from '../dtos/challenge.output';
import type { CategoryEntity } from '../entities/category.entity';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { CategoriesService } from '../services/categories.service';

@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver()
export class CategoryEditorResolver {
  constructor(private readonly categories: CategoriesService) {}

  @Mutation(() => CategoryOutput, {
    description: 'DRAFT only. Position 1..n+1, default last; later categories shift down.',
  })
  addCategory(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('input') input: CategoryInput,
    @Args('position', { type: () => Int, nullable: true }) position?: number | null,
  ): Promise<CategoryEntity> {
    return this.categories.add(challengeId, input, position);
  }

  @Mutation(() => CategoryOutput, { description: 'Text fixes: allowed in any status except ARCHIVED.' })
  updateCategory(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CategoryInput,
  ): Promise<CategoryEntity> {
    return this.categories.update(id, input);
  }

  @Mutation(() => ChallengeOutput, {
    description: 'DRAFT only. Returns the challenge with its categories in the new order.',
  })
  moveCategory(
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<ChallengeEntity> {
    return this.categories.move(id, position);
  }

  @Mutation(() => ChallengeOutput, { description: 'DRAFT only.' })
  removeCategory(@Args('id', { type: () => ID }) id: string): Promise<ChallengeEntity> {
    return this.categories.remove(id);
  }
}
