/** Category suggestions' API as its own entry point (loaded with the suggestions page only). */
export {
  SuggestionsApi,
  type AdoptedCategory,
  type DraftChallenge,
  type Suggestion,
  type SuggestionsChallenge,
} from './lib/suggestions/suggestions-api.service';
export type { ListPage } from './lib/graphql/list-page';
export { appendPage } from './lib/graphql/list-page';
export type { SuggestionOrder } from './generated/suggestions';
