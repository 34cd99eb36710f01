import { PasswordHasher, UserEntity } from '@lukuhaaste/api/accounts';
import { todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_READERS, DEMO_USERS } from './demo-users.constant';
import { seedDemoBranches } from './seed-demo-branches';
import { seedDemoChallenges } from './seed-demo-challenges';
import { seedDemoReports } from './seed-demo-reports';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

/**
 * Adds the demo accounts, branches, challenges and reading that are missing; safe to
 * run again. Reading is dated as if the seed ran on `today`. Returns the
 * printable logins.
 */
export async function seedDemoData(dataSource: DataSource, today: string = todayInHelsinki()): Promise<DemoLogin[]> {
  const hasher = new PasswordHasher();
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values([...DEMO_USERS, ...DEMO_READERS].map((user) => ({ ...user, passwordHash })))
      .orIgnore()
      .execute();
    await seedDemoBranches(manager);
    await seedDemoChallenges(manager, today);
    await seedDemoReports(manager);
  });
  return DEMO_USERS.map((user) => ({ role: user.role, email: user.email, password: DEMO_PASSWORD }));
}

/** True when no account exists yet, i.e. a brand-new database. */
export async function isEmptyDatabase(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(UserEntity).count()) === 0;
}
