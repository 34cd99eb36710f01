import { CreateDiscussion1764100100000 } from './1764100100000-create-discussion';
import { IndexTopLevelComments1765200100000 } from './1765200100000-index-top-level-comments';
import { CreateCategorySuggestions1764100160000 } from '../suggestions/migrations/1764100160000-create-category-suggestions';

export const DISCUSSION_MIGRATIONS = [
  CreateDiscussion1764100100000,
  CreateCategorySuggestions1764100160000,
  IndexTopLevelComments1765200100000,
];
