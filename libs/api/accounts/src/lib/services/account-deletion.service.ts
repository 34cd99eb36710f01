import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsException, AccountsExceptionCode } from '../accounts.exception';
import { AUTH_RATE_LIMITS } from '../constants/auth-rate-limits.constant';
import { AccountDeletionEntity } from '../entities/account-deletion.entity';
import { SessionEntity } from '../entities/session.entity';
import { UserEntity } from '../entities/user.entity';
import { Role } from '../enums/role.enum';
import { PersonalDataRegistry } from '../personal-data/personal-data-holder';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { deletedAccountEmail, deletedAccountPseudonym } from '../utils/deleted-account-names.util';
import { PasswordHasher } from './password-hasher.service';

/**
 * deleteMyAccount (issue #10). One transaction: every registered context
 * erases its personal data, then the users row becomes a tombstone (marked
 * in account_deletions, placeholder email, pseudonym, no password, no
 * sessions) that keeps participations, entries and the moderation log
 * counting and pointing somewhere. Suspended users may delete too.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly hasher: PasswordHasher,
    private readonly rateLimits: RateLimitService,
  ) {}

  async deleteAccount(user: UserEntity, password: string): Promise<void> {
    // Shares changePassword's failure count: a stolen session gets one budget of guesses.
    const attempt = await this.rateLimits.take([
      { scope: 'password:user', subject: user.id, rule: AUTH_RATE_LIMITS.changePasswordFailuresPerUser },
    ]);
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw new AccountsException(AccountsExceptionCode.WRONG_PASSWORD_CONFIRMATION);
    }
    await this.rateLimits.giveBack(attempt);
    await this.dataSource.transaction(async (manager) => {
      const role = await this.lockAccount(manager, user.id);
      for (const holder of this.registry.holders) await holder.erasePersonalData(manager, user.id);
      await manager.delete(SessionEntity, { userId: user.id });
      await manager.update(UserEntity, { id: user.id }, this.tombstone(user.id, role));
      await manager.insert(AccountDeletionEntity, { userId: user.id });
    });
  }

  /**
   * Locks the user's row and, for an admin, every admin row, so two admins
   * deleting themselves at once cannot both count the other as the one left.
   */
  private async lockAccount(manager: EntityManager, userId: string): Promise<Role> {
    const admins: Array<{ id: string }> = await manager.query(
      `SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`,
    );
    const [{ role }]: Array<{ role: Role }> = await manager.query(`SELECT role FROM users WHERE id = $1 FOR UPDATE`, [
      userId,
    ]);
    if (role === Role.ADMIN && admins.every((admin) => admin.id === userId)) {
      throw new AccountsException(AccountsExceptionCode.LAST_ADMIN);
    }
    return role;
  }

  /** The pseudonym keeps the former role's kind; the role itself drops so staff lists and admin counts skip it. */
  private tombstone(userId: string, role: Role): Partial<UserEntity> {
    return {
      email: deletedAccountEmail(userId),
      displayName: deletedAccountPseudonym(userId, role),
      passwordHash: null,
      role: Role.PATRON,
      suspendedUntil: null,
      suspensionReason: null,
    };
  }
}
