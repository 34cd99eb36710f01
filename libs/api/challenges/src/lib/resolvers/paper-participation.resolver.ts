import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type UserEntity } from '@lukuhaaste/api/accounts';
import { PaperParticipationOutput } from '../dtos/paper-participation.output';
import type { PaperParticipationEntity } from '../entities/paper-participation.entity';
import { PaperParticipationService } from '../services/paper-participation.service';

@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver(() => PaperParticipationOutput)
export class PaperParticipationResolver {
  constructor(private readonly papers: PaperParticipationService) {}

  @Mutation(() => PaperParticipationOutput, {
    description:
      'Records a printed list returned at the desk (anonymous). Field errors: challengeId/branchId INVALID_VALUE, completedCategories OUT_OF_RANGE (0..category count); FORBIDDEN (reason NOT_PUBLISHED) for a draft.',
  })
  recordPaperParticipation(
    @CurrentUser() librarian: UserEntity,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('branchId', { type: () => ID }) branchId: string,
    @Args('completedCategories', { type: () => Int }) completedCategories: number,
  ): Promise<PaperParticipationEntity> {
    return this.papers.record(librarian, challengeId, branchId, completedCategories);
  }

  @Mutation(() => PaperParticipationOutput, { description: 'Undoes a paper record made by mistake.' })
  deletePaperParticipation(@Args('id', { type: () => ID }) id: string): Promise<PaperParticipationEntity> {
    return this.papers.delete(id);
  }
}
