import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, UserOutput, type UserEntity } from '@lukuhaaste/api/accounts';
import { SuspensionsService } from '../services/suspensions.service';

@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver()
export class SuspensionResolver {
  constructor(private readonly suspensions: SuspensionsService) {}

  @Mutation(() => UserOutput, {
    description: 'The patron can read but not write until then. Staff cannot be suspended.',
  })
  suspendUser(
    @CurrentUser() moderator: UserEntity,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('until', { type: () => Date }) until: Date,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<UserEntity> {
    return this.suspensions.suspend(moderator, userId, until, reason);
  }

  @Mutation(() => UserOutput)
  unsuspendUser(
    @CurrentUser() moderator: UserEntity,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<UserEntity> {
    return this.suspensions.unsuspend(moderator, userId, reason);
  }
}
