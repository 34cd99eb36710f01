import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../decorators/current-user.decorator';
import { Roles } from '../decorators/roles.decorator';
import { UserOutput } from '../dtos/user.output';
import type { UserEntity } from '../entities/user.entity';
import { Role } from '../enums/role.enum';
import { AccountsService } from '../services/accounts.service';

@Resolver()
export class UserAdminResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => UserOutput)
  setUserRole(
    @CurrentUser() admin: UserEntity,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<UserEntity> {
    return this.accounts.setRole(admin.id, userId, role);
  }
}
