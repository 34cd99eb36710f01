import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertValid, checkUuid, isForeignKeyViolation, isUniqueViolation } from '@lukuhaaste/api/common';
import { Repository } from 'typeorm';
import { AccountsException, AccountsExceptionCode } from '../accounts.exception';
import { AUTH_RATE_LIMITS } from '../constants/auth-rate-limits.constant';
import type { ChangePasswordInput } from '../dtos/change-password.input';
import type { LoginInput } from '../dtos/login.input';
import type { RegisterInput } from '../dtos/register.input';
import type { UpdateProfileInput } from '../dtos/update-profile.input';
import { UserEntity } from '../entities/user.entity';
import { Locale } from '../enums/locale.enum';
import type { Role } from '../enums/role.enum';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { checkDisplayName, checkEmail, checkNewPassword } from '../utils/account-field-checks.util';
import { loginRateLimitKeys } from '../utils/login-rate-limit-keys.util';
import { PasswordHasher } from './password-hasher.service';
import { SessionService, type IssuedSession } from './session.service';

export interface AuthResult extends IssuedSession {
  user: UserEntity;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async register(input: RegisterInput, clientIp: string): Promise<AuthResult> {
    assertValid([
      checkEmail(input.email),
      checkDisplayName(input.displayName),
      checkNewPassword('password', input.password),
    ]);
    await this.rateLimits.take([{ scope: 'register:ip', clientIp, rule: AUTH_RATE_LIMITS.registerPerIp }]);
    const user = this.users.create({
      email: input.email.trim(),
      displayName: input.displayName.trim(),
      passwordHash: await this.hasher.hash(input.password),
      locale: input.locale ?? Locale.fi,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new AccountsException(AccountsExceptionCode.EMAIL_TAKEN);
      }
      throw error;
    }
    const saved = await this.users.findOneByOrFail({ id: user.id });
    return { user: saved, ...(await this.sessions.issue(saved.id)) };
  }

  /**
   * Only failures count: the attempt is counted before the password check and
   * given back when it is right. Counting first means parallel guesses cannot
   * slip past a limit, and a used-up limit refuses even the right password.
   */
  async login(input: LoginInput, clientIp: string): Promise<AuthResult> {
    const email = input.email.trim();
    const attempt = await this.rateLimits.take(loginRateLimitKeys(email, clientIp));
    const user = checkEmail(email) ? null : await this.users.findOneBy({ email });
    if (!(await this.hasher.verify(user?.passwordHash ?? null, input.password)) || !user) {
      throw new AccountsException(AccountsExceptionCode.INVALID_CREDENTIALS);
    }
    await this.rateLimits.giveBack(attempt);
    return { user, ...(await this.sessions.issue(user.id)) };
  }

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserEntity> {
    const changes: Partial<UserEntity> = {};
    if (input.displayName != null) {
      assertValid([checkDisplayName(input.displayName)]);
      changes.displayName = input.displayName.trim();
    }
    if (input.locale != null) changes.locale = input.locale;
    // Omitted keeps the home branch; an explicit null clears it.
    if (input.homeBranchId !== undefined) {
      if (input.homeBranchId !== null) assertValid([checkUuid('homeBranchId', input.homeBranchId)]);
      changes.homeBranchId = input.homeBranchId;
    }
    if (Object.keys(changes).length > 0) await this.saveProfile(userId, changes);
    return this.users.findOneByOrFail({ id: userId });
  }

  /** The foreign key proves the branch exists, even if an admin deletes it meanwhile. */
  private async saveProfile(userId: string, changes: Partial<UserEntity>): Promise<void> {
    try {
      await this.users.update({ id: userId }, changes);
    } catch (error) {
      if (isForeignKeyViolation(error, 'users_home_branch_id_fkey')) {
        throw new AccountsException(AccountsExceptionCode.HOME_BRANCH_NOT_FOUND);
      }
      throw error;
    }
  }

  /** Changes the password and signs out every other session of the user. */
  async changePassword(userId: string, input: ChangePasswordInput, currentToken: string | null): Promise<void> {
    assertValid([checkNewPassword('newPassword', input.newPassword)]);
    // Counted like a login, so a stolen session cannot guess the current password freely.
    const attempt = await this.rateLimits.take([
      { scope: 'password:user', subject: userId, rule: AUTH_RATE_LIMITS.changePasswordFailuresPerUser },
    ]);
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw new AccountsException(AccountsExceptionCode.WRONG_PASSWORD);
    }
    await this.rateLimits.giveBack(attempt);
    await this.users.update({ id: userId }, { passwordHash: await this.hasher.hash(input.newPassword) });
    await this.sessions.revokeOthers(userId, currentToken);
  }

  async setRole(actingUserId: string, userId: string, role: Role): Promise<UserEntity> {
    assertValid([checkUuid('userId', userId)]);
    if (actingUserId === userId) throw new AccountsException(AccountsExceptionCode.OWN_ROLE);
    const result = await this.users.update({ id: userId }, { role });
    if (!result.affected) throw new AccountsException(AccountsExceptionCode.USER_NOT_FOUND);
    return this.users.findOneByOrFail({ id: userId });
  }
}
