import { CategorySuggestionFieldsResolver } from './resolvers/category-suggestion-fields.resolver';
import { SuggestionsResolver } from './resolvers/suggestions.resolver';
import { SuggestionAccess } from './services/suggestion-access.service';
import { SuggestionCuration } from './services/suggestion-curation.service';
import { SuggestionQueries } from './services/suggestion-queries.service';
import { SuggestionsModeration } from './services/suggestions-moderation.service';
import { SuggestionsService } from './services/suggestions.service';

export const SUGGESTION_RESOLVERS = [SuggestionsResolver, CategorySuggestionFieldsResolver];

/** Provided by the DiscussionModule (suggestions share its imports: accounts, challenges). */
export const SUGGESTION_SERVICES = [
  SuggestionAccess,
  SuggestionsService,
  SuggestionQueries,
  SuggestionCuration,
  SuggestionsModeration,
];
