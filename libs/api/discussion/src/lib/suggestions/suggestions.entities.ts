import { CategorySuggestionEntity } from './entities/category-suggestion.entity';
import { SuggestionVoteEntity } from './entities/suggestion-vote.entity';

export const SUGGESTION_ENTITIES = [CategorySuggestionEntity, SuggestionVoteEntity];
