import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengeOutput } from '../dtos/challenge.output';
import { CreateChallengeInput } from '../dtos/create-challenge.input';
import { UpdateChallengeInput } from '../dtos/update-challenge.input';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengesService } from '../services/challenges.service';

@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver()
export class ChallengeEditorResolver {
  constructor(private readonly challenges: ChallengesService) {}

  @Mutation(() => ChallengeOutput)
  createChallenge(
    @CurrentUser() editor: UserEntity,
    @Args('input') input: CreateChallengeInput,
  ): Promise<ChallengeEntity> {
    return this.challenges.create(input, editor.id);
  }

  @Mutation(() => ChallengeOutput)
  updateChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateChallengeInput,
  ): Promise<ChallengeEntity> {
    return this.challenges.update(id, input);
  }

  @Mutation(() => ChallengeOutput, {
    description:
      'Copies texts and categories into a new DRAFT for the given year (slug lukuhaaste-<year>, suffixed if taken).',
  })
  cloneChallenge(
    @CurrentUser() editor: UserEntity,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ChallengeEntity> {
    return this.challenges.clone(sourceId, year, editor.id);
  }

  @Mutation(() => ChallengeOutput, {
    description: 'DRAFT → PUBLISHED; needs ≥ 1 category; CONFLICT if another challenge of that year is PUBLISHED.',
  })
  publishChallenge(@Args('id', { type: () => ID }) id: string): Promise<ChallengeEntity> {
    return this.challenges.publish(id);
  }

  @Mutation(() => ChallengeOutput, { description: 'PUBLISHED → ARCHIVED.' })
  archiveChallenge(@Args('id', { type: () => ID }) id: string): Promise<ChallengeEntity> {
    return this.challenges.archive(id);
  }
}
