import { ChallengeEntity } from '@lukuhaaste/api/challenges';
import { CategorySuggestionEntity, SuggestionVoteEntity } from '@lukuhaaste/api/discussion';
import type { EntityManager } from 'typeorm';
import { DEMO_SUGGESTIONS } from './content/demo-suggestions.content';

/**
 * Opens this year's challenge for category suggestions with a few ideas and
 * votes by the demo readers (`readerIds[0]` is the demo patron). Counts come
 * from the votes table's trigger, as for any vote.
 */
export async function seedDemoSuggestions(
  manager: EntityManager,
  challenge: ChallengeEntity,
  readerIds: string[],
): Promise<void> {
  await manager.update(ChallengeEntity, { id: challenge.id }, { suggestionsOpen: true });
  for (const suggestion of DEMO_SUGGESTIONS) {
    const row = manager.create(CategorySuggestionEntity, {
      challengeId: challenge.id,
      authorId: readerIds[suggestion.author] ?? null,
      text: suggestion.text,
    });
    await manager.insert(CategorySuggestionEntity, row);
    const votes = suggestion.voters
      .map((index) => readerIds[index])
      .filter((userId): userId is string => userId !== undefined)
      .map((userId) => ({ suggestionId: row.id, userId }));
    if (votes.length > 0) await manager.insert(SuggestionVoteEntity, votes);
  }
}
