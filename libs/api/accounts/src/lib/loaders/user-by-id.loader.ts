import { alignToKeys, requestLoader } from '@lukuhaaste/api/common';
import type DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/** Users by id, batched per request: authors, reporters and moderators of a list cost one query. */
export function userByIdLoader(request: object, manager: EntityManager): DataLoader<string, UserEntity | null> {
  return requestLoader(request, 'accounts.userById', async (ids: readonly string[]) =>
    alignToKeys(ids, await manager.findBy(UserEntity, { id: In([...ids]) }), (user) => user.id, null),
  );
}
