import { ParticipationEntity, type CategoryEntity, type ChallengeEntity } from '@lukuhaaste/api/challenges';
import { ReadingEntryEntity, checkEntryDetails, recountParticipationProgress } from '@lukuhaaste/api/reading';
import type { EntityManager } from 'typeorm';
import { DEMO_BOOKS } from './content/demo-books.content';
import { DEMO_PATRON_2026 } from './content/demo-patron-2026.content';
import { lastReadingDay, spreadDays } from './utils/reading-days.util';

/**
 * The demo patron joins this year's challenge with a dozen books placed, so
 * the first look after logging in shows the product working. Every entry
 * passes the app's rules for a logged book (finished within the challenge
 * and not in the future, rating, review), whatever day the seed runs on;
 * categories and books are distinct by construction, and reading recounts
 * the progress as it does for every change.
 */
export async function seedDemoPatronReading(
  manager: EntityManager,
  seeded: { challenge: ChallengeEntity; categories: CategoryEntity[] },
  bookIds: string[],
  patronId: string,
  today: string,
): Promise<void> {
  const { challenge, categories } = seeded;
  const participation = manager.create(ParticipationEntity, { userId: patronId, challengeId: challenge.id });
  await manager.insert(ParticipationEntity, participation);
  const until = lastReadingDay(challenge, today);
  // Before the challenge starts nothing can have been finished yet: joined, with no books.
  if (!until) return;
  const days = spreadDays(challenge.startsOn, until, DEMO_PATRON_2026.length);
  const entries = DEMO_PATRON_2026.map((entry, index) => {
    const finishedOn = days[index] as string;
    const problems = checkEntryDetails({ finishedOn, rating: entry.rating, review: entry.review }, challenge, today);
    if (problems.length > 0) throw new Error(`Demo entry "${entry.title}" breaks a rule: ${JSON.stringify(problems)}`);
    return manager.create(ReadingEntryEntity, {
      challengeId: challenge.id,
      participationId: participation.id,
      categoryId: contentOf(categories[entry.position - 1], `category ${entry.position}`).id,
      bookId: contentOf(bookIds[DEMO_BOOKS.findIndex((book) => book.title === entry.title)], entry.title),
      format: entry.format,
      finishedOn,
      rating: entry.rating,
      review: entry.review,
      containsSpoilers: entry.containsSpoilers ?? false,
    });
  });
  await manager.insert(ReadingEntryEntity, entries);
  await recountParticipationProgress(manager, participation.id);
}

/** A reference in the demo content that must exist (a typo there fails the seed, not the app). */
function contentOf<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo content refers to a missing ${what}.`);
  return value;
}
