import { BranchEntity, UserEntity } from '@lukuhaaste/api/accounts';
import { In, IsNull, type EntityManager } from 'typeorm';
import { DEMO_BRANCHES } from './content/demo-branches.content';
import { DEMO_READERS } from './demo-users.constant';

/**
 * Adds the missing demo branches and gives each demo reader who has none a
 * home branch (round robin over the first few), so the branch leaderboard has
 * something to show. The demo patron keeps choosing their own.
 */
export async function seedDemoBranches(manager: EntityManager): Promise<void> {
  await manager.createQueryBuilder().insert().into(BranchEntity).values(DEMO_BRANCHES).orIgnore().execute();
  const branches = await manager.findBy(BranchEntity, { slug: In(DEMO_BRANCHES.map((branch) => branch.slug)) });
  const bySlug = new Map(branches.map((branch) => [branch.slug, branch.id]));
  const homes = ['oodi', 'kallio', 'itakeskus', 'tikkurila'].map((slug) => bySlug.get(slug) as string);
  for (const [index, reader] of DEMO_READERS.entries()) {
    await manager.update(
      UserEntity,
      { email: reader.email, homeBranchId: IsNull() },
      { homeBranchId: homes[index % homes.length] },
    );
  }
}
