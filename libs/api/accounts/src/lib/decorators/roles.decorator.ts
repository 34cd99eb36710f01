import { SetMetadata } from '@nestjs/common';
import type { Role } from '../enums/role.enum';

export const REQUIRED_ROLES = 'accounts:requiredRoles';

/** Restricts a resolver to users holding one of the roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
