import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { randomBytes } from 'node:crypto';
import { Not, Repository } from 'typeorm';
import { SessionEntity } from '../entities/session.entity';
import type { UserEntity } from '../entities/user.entity';
import { USER_COLUMNS } from '../queries/user-columns.query';
import { hashSessionToken } from '../utils/hash-session-token.util';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

/** Opaque, revocable session tokens; only their hashes are stored. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: string): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000);
    await this.sessions.insert({ tokenHash: hashSessionToken(token), userId, expiresAt });
    return { token, expiresAt };
  }

  /** The user behind a live token, in one query; null for unknown or expired tokens. */
  async findUser(token: string): Promise<UserEntity | null> {
    const rows: UserEntity[] = await this.sessions.query(
      `SELECT ${USER_COLUMNS} FROM sessions AS s JOIN users AS u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashSessionToken(token)],
    );
    return rows[0] ?? null;
  }

  async revoke(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashSessionToken(token) });
  }

  /** Logs a user out everywhere else, e.g. after a password change. */
  async revokeOthers(userId: string, keepToken: string | null): Promise<void> {
    await this.sessions.delete(keepToken ? { userId, tokenHash: Not(hashSessionToken(keepToken)) } : { userId });
  }
}
