import { UserEntity } from '@lukuhaaste/api/accounts';
import { BookEntity, BooksService } from '@lukuhaaste/api/books';
import { CategoryEntity, ChallengeEntity, ChallengeStatus, ParticipationEntity } from '@lukuhaaste/api/challenges';
import { BookFormat, ReadingEntryEntity, recountParticipationProgress } from '@lukuhaaste/api/reading';
import type { LocalizedText } from '@lukuhaaste/shared/util-rules';
import { In, type EntityManager } from 'typeorm';
import { CATEGORIES_2025, CHALLENGE_2025 } from './content/challenge-2025.content';
import { CATEGORIES_2026, CHALLENGE_2026 } from './content/challenge-2026.content';
import { DEMO_BOOKS, DEMO_REVIEWS } from './content/demo-books.content';
import type { SeedCategory } from './content/seed-content.types';
import { DEMO_READERS, DEMO_USERS } from './demo-users.constant';
import { seedDemoDiscussion } from './seed-demo-discussion';
import { seedDemoPatronReading } from './seed-demo-patron';
import { seedDemoSuggestions } from './seed-demo-suggestions';
import { lastReadingDay, spreadDays } from './utils/reading-days.util';

interface SeedChallenge {
  slug: string;
  year: number;
  title: LocalizedText;
  description: LocalizedText;
  startsOn: string;
  endsOn: string;
}

/** Placed entries per reader in 2025: the demo patron first, then DEMO_READERS (one finished everything). */
const PLACED_2025 = [34, 50, 42, 30, 25, 18, 12, 47, 8, 5, 21];
const FORMATS = [BookFormat.PRINT, BookFormat.PRINT, BookFormat.EBOOK, BookFormat.AUDIOBOOK, BookFormat.PRINT];

/**
 * Adds last year's archived challenge with everyone's reading and this
 * year's published one with a little reading by the extra readers and a
 * dozen books by the demo patron (who has joined it, so logging in shows the
 * product at work; new accounts try joining), open for category suggestions
 * with three ideas and their votes, and with a few lively threads. Reading is dated up to today
 * at most. A challenge that already exists is left alone with its data.
 */
export async function seedDemoChallenges(manager: EntityManager, today: string): Promise<void> {
  const demoPatron = DEMO_USERS.find((user) => user.role === 'PATRON');
  const emails = [demoPatron?.email ?? '', ...DEMO_READERS.map((reader) => reader.email)];
  const users = await manager.findBy(UserEntity, { email: In(emails) });
  const readerIds = emails
    .map((email) => users.find((user) => user.email === email)?.id)
    .filter((id): id is string => id !== undefined);
  const patronId = users.find((user) => user.email === demoPatron?.email)?.id;

  const lastYear = await insertChallenge(manager, CHALLENGE_2025, CATEGORIES_2025, ChallengeStatus.ARCHIVED);
  const thisYear = await insertChallenge(manager, CHALLENGE_2026, CATEGORIES_2026, ChallengeStatus.PUBLISHED);
  if (!lastYear && !thisYear) return;
  const books = await insertBooks(manager);

  const lastYearUntil = lastReadingDay(CHALLENGE_2025, today);
  if (lastYear && lastYearUntil) {
    await insertReading(
      manager,
      lastYear,
      books,
      readerIds,
      (index) => PLACED_2025[index] ?? 10,
      lastYearUntil,
      (index) => (index === 0 ? 2 : 0),
    );
  }
  if (!thisYear) return;
  const thisYearUntil = lastReadingDay(CHALLENGE_2026, today);
  if (thisYearUntil) {
    // Readers only (index ≥ 1): the demo patron's year is curated below.
    await insertReading(
      manager,
      thisYear,
      books,
      readerIds,
      (index) => (index === 0 ? 0 : 2 + ((index * 3) % 9)),
      thisYearUntil,
      () => 0,
    );
  }
  if (patronId) await seedDemoPatronReading(manager, thisYear, books, patronId, today);
  await seedDemoSuggestions(manager, thisYear.challenge, readerIds);
  await seedDemoDiscussion(manager, thisYear, books, readerIds, today);
}

async function insertChallenge(
  manager: EntityManager,
  seed: SeedChallenge,
  categories: SeedCategory[],
  status: ChallengeStatus,
) {
  if (await manager.existsBy(ChallengeEntity, { slug: seed.slug })) return null;
  const challenge = manager.create(ChallengeEntity, {
    ...seed,
    status,
    allowBookReuse: false,
    publishedAt: new Date(`${seed.startsOn}T08:00:00+02:00`),
  });
  await manager.insert(ChallengeEntity, challenge);
  const rows = categories.map((category, index) =>
    manager.create(CategoryEntity, { challengeId: challenge.id, position: index + 1, ...category }),
  );
  await manager.insert(CategoryEntity, rows);
  return { challenge, categories: rows };
}

/** The demo books through the catalogue itself, so they are normalised and matched like any typed-in book. */
async function insertBooks(manager: EntityManager): Promise<string[]> {
  // No outside lookup: the seed never needs the network.
  const catalogue = new BooksService(manager.getRepository(BookEntity), null);
  const ids: string[] = [];
  for (const book of DEMO_BOOKS) {
    const { id } = await catalogue.findOrCreate(
      {
        title: book.title,
        authors: book.authors,
        isbn13: null,
        publishedYear: book.publishedYear,
        language: book.language,
      },
      manager,
    );
    ids.push(id);
  }
  return ids;
}

async function insertReading(
  manager: EntityManager,
  seeded: { challenge: ChallengeEntity; categories: CategoryEntity[] },
  books: string[],
  readerIds: string[],
  placedCount: (readerIndex: number) => number,
  lastDay: string,
  unplacedCount: (readerIndex: number) => number,
): Promise<void> {
  const { challenge, categories } = seeded;
  const joining = readerIds
    .map((userId, index) => ({ userId, index }))
    .filter(({ index }) => placedCount(index) + unplacedCount(index) > 0);
  if (joining.length === 0 || books.length === 0) return;
  const participations = joining.map(({ userId }) =>
    manager.create(ParticipationEntity, { userId, challengeId: challenge.id }),
  );
  await manager.insert(ParticipationEntity, participations);

  const entries: Array<Partial<ReadingEntryEntity>> = [];
  joining.forEach(({ index }, row) => {
    const participationId = participations[row]?.id as string;
    const placed = Math.min(placedCount(index), categories.length);
    const total = placed + unplacedCount(index);
    const days = spreadDays(challenge.startsOn, lastDay, total);
    for (let k = 0; k < total; k += 1) {
      // Coprime strides give each reader distinct categories and distinct books.
      const category = k < placed ? categories[(k * 13 + index * 5) % categories.length] : undefined;
      const seed = k + index;
      entries.push({
        challengeId: challenge.id,
        participationId,
        categoryId: category?.id ?? null,
        bookId: books[(k * 7 + index * 11) % books.length] as string,
        format: FORMATS[seed % FORMATS.length] as BookFormat,
        finishedOn: days[k] as string,
        rating: seed % 4 === 0 ? null : 3 + ((k * (index + 1)) % 3),
        review: seed % 5 === 0 ? (DEMO_REVIEWS[seed % DEMO_REVIEWS.length] as string) : null,
        containsSpoilers: false,
      });
    }
  });
  await manager.insert(ReadingEntryEntity, entries);
  for (const participation of participations) await recountParticipationProgress(manager, participation.id);
}
