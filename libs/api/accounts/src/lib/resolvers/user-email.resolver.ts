import { ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { CurrentUser } from '../decorators/current-user.decorator';
import { UserOutput } from '../dtos/user.output';
import type { UserEntity } from '../entities/user.entity';
import { Role } from '../enums/role.enum';

/** Email is private: only its owner and admins ever see it. */
@Resolver(() => UserOutput)
export class UserEmailResolver {
  @ResolveField(() => String, { nullable: true, description: 'Visible only to the user themself and to admins.' })
  email(@Parent() user: UserEntity, @CurrentUser() viewer: UserEntity | null): string | null {
    return viewer && (viewer.id === user.id || viewer.role === Role.ADMIN) ? user.email : null;
  }
}
