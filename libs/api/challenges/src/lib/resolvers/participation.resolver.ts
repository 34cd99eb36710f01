import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengeOutput } from '../dtos/challenge.output';
import { ParticipationOutput } from '../dtos/participation.output';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { ParticipationEntity } from '../entities/participation.entity';
import { challengeByIdLoader } from '../loaders/challenges.loaders';
import { ChallengesService } from '../services/challenges.service';
import { ParticipationService } from '../services/participation.service';

@Resolver(() => ParticipationOutput)
export class ParticipationResolver {
  constructor(
    private readonly participations: ParticipationService,
    private readonly challenges: ChallengesService,
  ) {}

  @Query(() => ParticipationOutput, {
    nullable: true,
    description: 'Null when the logged-in user has not joined. Requires login.',
  })
  myParticipation(
    @CurrentUser() user: UserEntity,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ): Promise<ParticipationEntity | null> {
    return this.participations.findForUser(user.id, challengeId);
  }

  @Mutation(() => ParticipationOutput, {
    description: 'Idempotent: returns the existing participation. Only PUBLISHED challenges.',
  })
  joinChallenge(
    @CurrentUser() user: UserEntity,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ): Promise<ParticipationEntity> {
    return this.participations.join(user, challengeId);
  }

  @ResolveField(() => ChallengeOutput)
  async challenge(
    @Parent() participation: ParticipationEntity,
    @Context('req') request: object,
  ): Promise<ChallengeEntity> {
    // A participation's challenge always exists (foreign key, cascade).
    return (await challengeByIdLoader(request, this.challenges).load(participation.challengeId)) as ChallengeEntity;
  }
}
