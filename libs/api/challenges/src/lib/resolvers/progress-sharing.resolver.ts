import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengeOutput } from '../dtos/challenge.output';
import { ProgressSharingOutput } from '../dtos/progress-sharing.output';
import { SharedProgressOutput } from '../dtos/shared-progress.output';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { challengeByIdLoader } from '../loaders/challenges.loaders';
import type { SharedProgress } from '../queries/shared-progress.query';
import { ChallengesService } from '../services/challenges.service';
import { ProgressSharingService, type ProgressSharingState } from '../services/progress-sharing.service';

@Resolver(() => ProgressSharingOutput)
export class ProgressSharingResolver {
  constructor(
    private readonly sharing: ProgressSharingService,
    private readonly challenges: ChallengesService,
  ) {}

  @Query(() => [ProgressSharingOutput], {
    description:
      "The logged-in patron's sharing choice for every challenge they joined, newest year first. Requires login.",
  })
  myProgressSharings(@CurrentUser() user: UserEntity): Promise<ProgressSharingState[]> {
    return this.sharing.findStates(user.id);
  }

  @Query(() => ProgressSharingOutput, {
    nullable: true,
    description: "The logged-in patron's sharing choice for a challenge; null when not joined. Requires login.",
  })
  myProgressSharing(
    @CurrentUser() user: UserEntity,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ): Promise<ProgressSharingState | null> {
    return this.sharing.findState(user.id, challengeId);
  }

  @Mutation(() => ProgressSharingOutput, {
    description:
      'Turns the public progress page for one joined challenge on or off (off by default). Turning off the ' +
      'last shared challenge retires the public slug, so enabling again gives a new address.',
  })
  setProgressSharing(
    @CurrentUser() user: UserEntity,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('enabled') enabled: boolean,
  ): Promise<ProgressSharingState> {
    return this.sharing.setSharing(user.id, challengeId, enabled);
  }

  @Public()
  @Query(() => SharedProgressOutput, {
    description: 'A public progress page (/p/<slug>/<year>). NOT_FOUND unless its patron shares that year.',
  })
  sharedProgress(@Args('slug') slug: string, @Args('year', { type: () => Int }) year: number): Promise<SharedProgress> {
    return this.sharing.findShared(slug, year);
  }

  @ResolveField(() => ChallengeOutput)
  async challenge(@Parent() sharing: ProgressSharingState, @Context('req') request: object): Promise<ChallengeEntity> {
    // Only joined challenges have a sharing choice, and a participation's challenge always exists (foreign key).
    return (await challengeByIdLoader(request, this.challenges).load(sharing.challengeId)) as ChallengeEntity;
  }
}
