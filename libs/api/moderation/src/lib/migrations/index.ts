import { CreateModeration1764100500000 } from './1764100500000-create-moderation';
import { ReportSuggestionKeys1764100600000 } from './1764100600000-report-suggestion-keys';

export const MODERATION_MIGRATIONS = [CreateModeration1764100500000, ReportSuggestionKeys1764100600000];
