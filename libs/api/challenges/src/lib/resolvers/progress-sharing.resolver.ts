import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type UserEntity } from '@lukuhaaste/api/accounts';
import { ProgressSharingOutput } from '../dtos/progress-sharing.output';
import { SharedProgressOutput } from '../dtos/shared-progress.output';
import type { SharedProgress } from '../queries/shared-progress.query';
import { ProgressSharingService, type ProgressSharingState } from '../services/progress-sharing.service';

@Resolver()
export class ProgressSharingResolver {
  constructor(private readonly sharing: ProgressSharingService) {}

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
}
