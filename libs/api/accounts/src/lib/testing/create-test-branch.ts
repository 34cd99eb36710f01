import type { DataSource } from 'typeorm';
import { BranchEntity } from '../entities/branch.entity';
import { UserEntity } from '../entities/user.entity';

let sequence = 0;

/** Inserts a branch straight into the database, with its own slug unless given. */
export async function createTestBranch(
  dataSource: DataSource,
  overrides: Partial<Pick<BranchEntity, 'slug' | 'name'>> = {},
): Promise<BranchEntity> {
  sequence += 1;
  const suffix = `${sequence}-${Math.random().toString(36).slice(2, 8)}`;
  const repository = dataSource.getRepository(BranchEntity);
  const branch = repository.create({
    slug: `test-branch-${suffix}`,
    name: { fi: `Testikirjasto ${suffix}` },
    ...overrides,
  });
  await repository.insert(branch);
  return repository.findOneByOrFail({ id: branch.id });
}

/** Makes the branch the user's home branch, as updateProfile would. */
export async function setHomeBranch(dataSource: DataSource, userId: string, branchId: string | null): Promise<void> {
  await dataSource.getRepository(UserEntity).update({ id: userId }, { homeBranchId: branchId });
}
