import { Injectable } from '@nestjs/common';
import { RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import { BooksService, checkNewBook } from '@lukuhaaste/api/books';
import {
  CategoriesService,
  ParticipationService,
  type ChallengeEntity,
  type ParticipationEntity,
} from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid, isUniqueViolation, orNotFound } from '@lukuhaaste/api/common';
import { todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { LOG_READING_RATE_LIMIT, UNPLACED_ENTRIES_MAX } from '../constants/reading-limits.constant';
import type { LogReadingInput } from '../dtos/log-reading.input';
import type { UpdateReadingInput } from '../dtos/update-reading.input';
import { ReadingEntryEntity } from '../entities/reading-entry.entity';
import { BookFormat } from '../enums/book-format.enum';
import { countPlacedEntries } from '../queries/recount-progress.query';
import { ReadingException, ReadingExceptionCode } from '../reading.exception';
import { checkEntryDetails, normalizeReview } from '../utils/check-entry-details.util';

/**
 * Logging books. Every change runs in one transaction that first locks the
 * participant's row, so the one-per-category, book-reuse and unplaced-entry
 * rules and the progress count stay exact under concurrent requests. Logging
 * is rate-limited per user.
 */
@Injectable()
export class ReadingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly books: BooksService,
    private readonly participations: ParticipationService,
    private readonly categories: CategoriesService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async log(user: UserEntity, input: LogReadingInput): Promise<ReadingEntryEntity> {
    await this.rateLimits.consume('reading.log:user', user.id, LOG_READING_RATE_LIMIT);
    assertValid([
      checkUuid('challengeId', input.challengeId),
      input.categoryId != null ? checkUuid('categoryId', input.categoryId) : null,
      input.bookId != null ? checkUuid('bookId', input.bookId) : null,
      (input.bookId == null) === (input.newBook == null) ? { field: 'bookId', code: 'REQUIRED' } : null,
    ]);
    const today = todayInHelsinki();
    const newBook = input.newBook ? checkNewBook(input.newBook, 'newBook', Number(today.slice(0, 4))) : null;
    const finishedOn = input.finishedOn ?? today;
    const review = normalizeReview(input.review);
    return await this.inTransaction(async (manager) => {
      const challenge = await this.participations.requireJoinable(input.challengeId, user, manager);
      assertValid([
        ...checkEntryDetails({ finishedOn, rating: input.rating, review }, challenge, today),
        ...(newBook?.problems ?? []),
      ]);
      const categoryId = input.categoryId ?? null;
      if (categoryId) await this.categories.requireCategory(categoryId, challenge.id, manager);
      const book = newBook
        ? await this.books.findOrCreate(newBook.book, manager)
        : // Checked above: exactly one of bookId and newBook is given.
          await this.books.findById(input.bookId as string, manager);
      const participation = await this.participations.findOrJoin(user.id, challenge.id, manager);
      await this.assertPlacementAllowed(manager, challenge, participation.id, {
        categoryId,
        bookId: book.id,
        entryId: null,
      });
      const entry = await manager.save(
        manager.create(ReadingEntryEntity, {
          challengeId: challenge.id,
          participationId: participation.id,
          categoryId,
          bookId: book.id,
          format: input.format ?? BookFormat.PRINT,
          finishedOn,
          rating: input.rating ?? null,
          review: review ?? null,
          containsSpoilers: input.containsSpoilers ?? false,
        }),
      );
      await this.recountProgress(manager, participation.id);
      return entry;
    });
  }

  async update(user: UserEntity, id: string, input: UpdateReadingInput): Promise<ReadingEntryEntity> {
    assertValid([checkUuid('id', id), input.categoryId != null ? checkUuid('categoryId', input.categoryId) : null]);
    const review = normalizeReview(input.review);
    return await this.inTransaction(async (manager) => {
      const { entry, challenge } = await this.lockOwnEntry(manager, user, id);
      assertValid(
        checkEntryDetails({ finishedOn: input.finishedOn, rating: input.rating, review }, challenge, todayInHelsinki()),
      );
      if (input.categoryId !== undefined) {
        if (input.categoryId) await this.categories.requireCategory(input.categoryId, challenge.id, manager);
        await this.assertPlacementAllowed(manager, challenge, entry.participationId, {
          categoryId: input.categoryId,
          bookId: entry.bookId,
          entryId: entry.id,
        });
        entry.categoryId = input.categoryId;
      }
      if (input.format != null) entry.format = input.format;
      if (input.finishedOn != null) entry.finishedOn = input.finishedOn;
      if (input.rating !== undefined) entry.rating = input.rating;
      if (review !== undefined) entry.review = review;
      if (input.containsSpoilers != null) entry.containsSpoilers = input.containsSpoilers;
      const saved = await manager.save(entry);
      await this.recountProgress(manager, entry.participationId);
      return saved;
    });
  }

  /** Deletes the entry and returns the participation with its progress recounted. */
  async remove(user: UserEntity, id: string): Promise<ParticipationEntity> {
    assertValid([checkUuid('id', id)]);
    return await this.inTransaction(async (manager) => {
      const { entry } = await this.lockOwnEntry(manager, user, id);
      await manager.delete(ReadingEntryEntity, { id: entry.id });
      return await this.recountProgress(manager, entry.participationId);
    });
  }

  /** Maps the unique-constraint backstop to the same error the checks give. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'reading_entries_participation_category_key')) {
        throw new ReadingException(ReadingExceptionCode.CATEGORY_TAKEN);
      }
      throw error;
    }
  }

  /**
   * The entry, its participation (locked) checked to be the user's, and its
   * challenge checked to be open. The entry is read again once the lock is
   * held: a request that held it before may have moved or removed the entry,
   * and saving the copy read before would undo that (or bring a removed
   * entry back).
   */
  private async lockOwnEntry(
    manager: EntityManager,
    user: UserEntity,
    id: string,
  ): Promise<{ entry: ReadingEntryEntity; challenge: ChallengeEntity }> {
    const found = orNotFound(await manager.findOneBy(ReadingEntryEntity, { id }), 'Reading entry');
    const participation = orNotFound(
      await this.participations.lockById(found.participationId, manager),
      'Reading entry',
    );
    if (participation.userId !== user.id) throw new ReadingException(ReadingExceptionCode.NOT_OWNER);
    const entry = orNotFound(await manager.findOneBy(ReadingEntryEntity, { id }), 'Reading entry');
    // Entries of an archived challenge are kept as they were.
    const challenge = await this.participations.requireJoinable(entry.challengeId, user, manager);
    return { entry, challenge };
  }

  /** Reading counts the entries, challenges stores the progress; the caller holds the participation's lock. */
  private async recountProgress(manager: EntityManager, participationId: string): Promise<ParticipationEntity> {
    return await this.participations.setProgress(
      participationId,
      await countPlacedEntries(manager, participationId),
      manager,
    );
  }

  /**
   * One entry per category, and — unless the challenge allows reuse — one
   * category per book; unplaced entries up to UNPLACED_ENTRIES_MAX.
   */
  private async assertPlacementAllowed(
    manager: EntityManager,
    challenge: ChallengeEntity,
    participationId: string,
    placement: { categoryId: string | null; bookId: string; entryId: string | null },
  ): Promise<void> {
    const others = manager
      .createQueryBuilder(ReadingEntryEntity, 'entry')
      .where('entry.participationId = :participationId', { participationId })
      .andWhere('entry.id IS DISTINCT FROM :entryId', { entryId: placement.entryId });
    if (!placement.categoryId) {
      if ((await others.andWhere('entry.categoryId IS NULL').getCount()) >= UNPLACED_ENTRIES_MAX)
        throw new ReadingException(ReadingExceptionCode.TOO_MANY_UNPLACED);
      return;
    }
    if (
      await others.clone().andWhere('entry.categoryId = :categoryId', { categoryId: placement.categoryId }).getExists()
    ) {
      throw new ReadingException(ReadingExceptionCode.CATEGORY_TAKEN);
    }
    const reused =
      !challenge.allowBookReuse &&
      (await others
        .andWhere('entry.categoryId IS NOT NULL AND entry.bookId = :bookId', { bookId: placement.bookId })
        .getExists());
    if (reused) throw new ReadingException(ReadingExceptionCode.BOOK_ALREADY_USED);
  }
}
