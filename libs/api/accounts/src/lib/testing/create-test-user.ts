import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SessionEntity } from '../entities/session.entity';
import { UserEntity } from '../entities/user.entity';
import { Locale } from '../enums/locale.enum';
import { Role } from '../enums/role.enum';
import { PasswordHasher } from '../services/password-hasher.service';
import { hashSessionToken } from '../utils/hash-session-token.util';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  user: UserEntity;
  /** A live session token for `Authorization: Bearer`. */
  token: string;
  password: string;
}

let hashedTestPassword: Promise<string> | null = null;
let sequence = 0;

/** Inserts a user with a session straight into the database (no rate limits, no HTTP). */
export async function createTestUser(
  dataSource: DataSource,
  overrides: Partial<Pick<UserEntity, 'email' | 'displayName' | 'role' | 'locale'>> = {},
): Promise<TestUser> {
  hashedTestPassword ??= new PasswordHasher().hash(TEST_PASSWORD);
  sequence += 1;
  const user = await dataSource.getRepository(UserEntity).save({
    email: `user${sequence}-${randomBytes(3).toString('hex')}@example.fi`,
    displayName: `Lukija ${sequence}`,
    role: Role.PATRON,
    locale: Locale.fi,
    ...overrides,
    passwordHash: await hashedTestPassword,
  });
  const token = randomBytes(32).toString('base64url');
  await dataSource
    .getRepository(SessionEntity)
    .insert({ userId: user.id, tokenHash: hashSessionToken(token), expiresAt: new Date(Date.now() + 3_600_000) });
  return { user, token, password: TEST_PASSWORD };
}
