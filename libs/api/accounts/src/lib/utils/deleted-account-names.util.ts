import { Role } from '../enums/role.enum';

/**
 * What a deleted account's row shows instead of the person. The email is
 * unique per account (the column is) and can never receive mail (.invalid);
 * the display name is a pseudonym, so a moderator's entries in the log stay
 * told apart ("Moderator 3f2a") without naming anyone.
 */
export function deletedAccountEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

export function deletedAccountPseudonym(userId: string, role: Role): string {
  const tag = userId.replaceAll('-', '').slice(0, 4);
  return role === Role.PATRON ? `Former reader ${tag}` : `Moderator ${tag}`;
}
