import { alignToKeys, requestLoader } from '@lukuhaaste/api/common';
import type DataLoader from 'dataloader';
import type { BranchEntity } from '../entities/branch.entity';
import type { BranchesService } from '../services/branches.service';

/** Branches by id, batched per request: a list of users costs one query for their home branches. */
export function branchByIdLoader(request: object, branches: BranchesService): DataLoader<string, BranchEntity | null> {
  return requestLoader(request, 'accounts.branchById', async (ids: readonly string[]) =>
    alignToKeys(ids, await branches.findByIds(ids), (branch) => branch.id, null),
  );
}
