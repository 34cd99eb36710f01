import { alignToKeys, requestLoader } from '@lukuhaaste/api/common';
import type DataLoader from 'dataloader';
import type { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import type { SuggestionQueries } from '../services/suggestion-queries.service';

/** Request-scoped: a page of suggestions resolves each nested field with one query. */
export function suggestionByIdLoader(
  request: object,
  queries: SuggestionQueries,
): DataLoader<string, CategorySuggestionEntity | null> {
  return requestLoader(request, 'discussion.suggestionById', async (ids: readonly string[]) =>
    alignToKeys(ids, await queries.findByIds(ids), (suggestion) => suggestion.id, null),
  );
}

/** The request has one viewer, so one loader per request answers "did I vote" for the whole page. */
export function votedByMeLoader(
  request: object,
  queries: SuggestionQueries,
  viewerId: string,
): DataLoader<string, boolean> {
  return requestLoader(request, 'discussion.suggestionVotedByMe', (ids: readonly string[]) =>
    queries.votedBy(viewerId, ids),
  );
}
