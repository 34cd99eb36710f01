import type { UserEntity } from '../entities/user.entity';
import { Role } from '../enums/role.enum';

/** Librarians and admins: they moderate and see what patrons do not (hidden text, suspensions). */
export function isStaff(user: Pick<UserEntity, 'role'> | null | undefined): boolean {
  return user?.role === Role.LIBRARIAN || user?.role === Role.ADMIN;
}
