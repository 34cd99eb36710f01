import { Injectable } from '@nestjs/common';
import { UserEntity, isStaff, isSuspended } from '@lukuhaaste/api/accounts';
import { NotFoundException, assertValid, checkUuid } from '@lukuhaaste/api/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MODERATION_REASON_MAX_LENGTH } from '../constants/moderation-limits.constant';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';
import { ModerationException, ModerationExceptionCode } from '../moderation.exception';
import { checkModerationText } from '../utils/check-moderation-text.util';
import { ModerationLogService } from './moderation-log.service';

/** Long enough for any real case; a bound keeps the date inside what clients and Postgres handle. */
const MAX_SUSPENSION_YEARS = 10;

/**
 * Suspended patrons keep reading but cannot write until the date (every
 * write path calls assertCanContribute). Staff cannot be suspended: removing
 * a librarian is an admin's role change, not moderation.
 */
@Injectable()
export class SuspensionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: ModerationLogService,
  ) {}

  async suspend(
    moderator: UserEntity,
    userId: string,
    until: Date,
    reason: string,
    now = new Date(),
  ): Promise<UserEntity> {
    const text = checkModerationText('reason', reason, { max: MODERATION_REASON_MAX_LENGTH, required: true });
    const latest = new Date(now);
    latest.setFullYear(latest.getFullYear() + MAX_SUSPENSION_YEARS);
    assertValid([
      checkUuid('userId', userId),
      until > now && until <= latest
        ? null
        : { field: 'until', code: 'OUT_OF_RANGE', params: { maxYears: MAX_SUSPENSION_YEARS } },
      text.problem,
    ]);
    return await this.dataSource.transaction(async (manager) => {
      const user = await this.lockSuspendable(manager, moderator, userId);
      await manager.update(UserEntity, { id: user.id }, { suspendedUntil: until, suspensionReason: text.text });
      await this.log.record(manager, {
        moderatorId: moderator.id,
        action: ModerationActionKind.SUSPEND,
        targetUserId: user.id,
        reason: text.text,
      });
      return await manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  async unsuspend(moderator: UserEntity, userId: string, reason: string | null | undefined): Promise<UserEntity> {
    const text = checkModerationText('reason', reason, { max: MODERATION_REASON_MAX_LENGTH, required: false });
    assertValid([checkUuid('userId', userId), text.problem]);
    return await this.dataSource.transaction(async (manager) => {
      const user = await this.lockSuspendable(manager, moderator, userId);
      if (!isSuspended(user)) throw new ModerationException(ModerationExceptionCode.NO_CHANGE);
      await manager.update(UserEntity, { id: user.id }, { suspendedUntil: null, suspensionReason: null });
      await this.log.record(manager, {
        moderatorId: moderator.id,
        action: ModerationActionKind.UNSUSPEND,
        targetUserId: user.id,
        reason: text.text,
      });
      return await manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  /** Locked so two moderators' changes to one user apply one after the other, each with its log row. */
  private async lockSuspendable(manager: EntityManager, moderator: UserEntity, userId: string): Promise<UserEntity> {
    if (userId === moderator.id) throw new ModerationException(ModerationExceptionCode.CANNOT_SUSPEND_SELF);
    const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundException('User');
    if (isStaff(user)) throw new ModerationException(ModerationExceptionCode.CANNOT_SUSPEND_STAFF);
    return user;
  }
}
