import { Role, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeStatus } from '../enums/challenge-status.enum';

/** Librarians and admins edit challenges and see drafts; everyone else sees published and archived ones. */
export function isEditor(user: Pick<UserEntity, 'role'> | null | undefined): boolean {
  return user?.role === Role.LIBRARIAN || user?.role === Role.ADMIN;
}

/** A draft is invisible (NOT_FOUND) to anyone but editors. */
export function requireVisible<Challenge extends ChallengeEntity>(
  challenge: Challenge | null,
  viewer: Pick<UserEntity, 'role'> | null,
): Challenge {
  if (!challenge || (challenge.status === ChallengeStatus.DRAFT && !isEditor(viewer))) {
    throw new ChallengesException(ChallengesExceptionCode.CHALLENGE_NOT_FOUND);
  }
  return challenge;
}

export function requireDraft(challenge: ChallengeEntity): void {
  if (challenge.status !== ChallengeStatus.DRAFT) throw new ChallengesException(ChallengesExceptionCode.NOT_DRAFT);
}

export function requireNotArchived(challenge: ChallengeEntity): void {
  if (challenge.status === ChallengeStatus.ARCHIVED) throw new ChallengesException(ChallengesExceptionCode.ARCHIVED);
}
