import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a suggestion stands. Hiding is moderation's and independent of this
 * (hidden_at, like comments), so a hidden suggestion keeps its status and
 * comes back unchanged when restored.
 */
export enum SuggestionStatus {
  OPEN = 'OPEN',
  /** Folded into another suggestion (merged_into_id); its votes moved there. */
  MERGED = 'MERGED',
  /** Became a category of a draft challenge (adopted_category_id). */
  ADOPTED = 'ADOPTED',
}

registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });
