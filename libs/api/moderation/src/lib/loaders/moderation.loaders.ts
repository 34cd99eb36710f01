import { alignToKeys, requestLoader } from '@lukuhaaste/api/common';
import { ThreadEntity } from '@lukuhaaste/api/discussion';
import type DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';

/** Threads of the items in a queue or log page, one query per request. */
export function threadByIdLoader(request: object, manager: EntityManager): DataLoader<string, ThreadEntity | null> {
  return requestLoader(request, 'moderation.threadById', async (ids: readonly string[]) =>
    alignToKeys(ids, await manager.findBy(ThreadEntity, { id: In([...ids]) }), (thread) => thread.id, null),
  );
}
