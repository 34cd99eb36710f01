import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentSessionToken, CurrentUser } from '../decorators/current-user.decorator';
import { Public } from '../decorators/public.decorator';
import { ChangePasswordInput } from '../dtos/change-password.input';
import { UpdateProfileInput } from '../dtos/update-profile.input';
import { UserOutput } from '../dtos/user.output';
import type { UserEntity } from '../entities/user.entity';
import { AccountsService } from '../services/accounts.service';

@Resolver()
export class ProfileResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Query(() => UserOutput, { nullable: true, description: 'The logged-in user, or null.' })
  me(@CurrentUser() user: UserEntity | null): UserEntity | null {
    return user;
  }

  @Mutation(() => UserOutput)
  updateProfile(@CurrentUser() user: UserEntity, @Args('input') input: UpdateProfileInput): Promise<UserEntity> {
    return this.accounts.updateProfile(user.id, input);
  }

  @Mutation(() => Boolean, { description: 'Also signs out all other sessions.' })
  async changePassword(
    @CurrentUser() user: UserEntity,
    @CurrentSessionToken() token: string | null,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.accounts.changePassword(user.id, input, token);
    return true;
  }
}
