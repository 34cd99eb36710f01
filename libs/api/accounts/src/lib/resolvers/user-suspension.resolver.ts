import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../decorators/current-user.decorator';
import { UserOutput } from '../dtos/user.output';
import type { UserEntity } from '../entities/user.entity';
import { isStaff } from '../utils/is-staff.util';

/** A suspension is between the user and the staff: other patrons never see it. */
@Resolver(() => UserOutput)
export class UserSuspensionResolver {
  @ResolveField(() => Date, { nullable: true, description: 'Visible only to the user themself and to staff.' })
  suspendedUntil(@Parent() user: UserEntity, @CurrentUser() viewer: UserEntity | null): Date | null {
    return canSeeSuspension(user, viewer) ? user.suspendedUntil : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible only to the user themself and to staff.' })
  suspensionReason(@Parent() user: UserEntity, @CurrentUser() viewer: UserEntity | null): string | null {
    return canSeeSuspension(user, viewer) ? user.suspensionReason : null;
  }
}

function canSeeSuspension(user: UserEntity, viewer: UserEntity | null): boolean {
  return viewer !== null && (viewer.id === user.id || isStaff(viewer));
}
