import { AccountsException, AccountsExceptionCode } from '../accounts.exception';
import type { UserEntity } from '../entities/user.entity';

/** True while a moderator's suspension runs: the user may read but not write. */
export function isSuspended(user: Pick<UserEntity, 'suspendedUntil'>, now = new Date()): boolean {
  return user.suspendedUntil !== null && user.suspendedUntil > now;
}

/**
 * Every write by a patron to shared content (comments, reactions, threads,
 * suggestions, votes, reports) starts here: FORBIDDEN with reason SUSPENDED
 * and the end of the suspension, so the client can say until when.
 */
export function assertCanContribute(user: Pick<UserEntity, 'suspendedUntil'>, now = new Date()): void {
  if (isSuspended(user, now)) {
    throw new AccountsException(AccountsExceptionCode.SUSPENDED, {
      suspendedUntil: user.suspendedUntil?.toISOString(),
    });
  }
}
