import { alignToKeys, requestLoader } from '@lukuhaaste/api/common';
import { CategorySuggestionEntity, ThreadEntity } from '@lukuhaaste/api/discussion';
import type DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';

/*
 * Items named by a queue or log page, one query per kind and request. Hidden
 * ones included: moderators see everything they act on.
 */

export function threadByIdLoader(request: object, manager: EntityManager): DataLoader<string, ThreadEntity | null> {
  return requestLoader(request, 'moderation.threadById', async (ids: readonly string[]) =>
    alignToKeys(ids, await manager.findBy(ThreadEntity, { id: In([...ids]) }), (thread) => thread.id, null),
  );
}

export function suggestionByIdLoader(
  request: object,
  manager: EntityManager,
): DataLoader<string, CategorySuggestionEntity | null> {
  return requestLoader(request, 'moderation.suggestionById', async (ids: readonly string[]) =>
    alignToKeys(
      ids,
      await manager.findBy(CategorySuggestionEntity, { id: In([...ids]) }),
      (suggestion) => suggestion.id,
      null,
    ),
  );
}
