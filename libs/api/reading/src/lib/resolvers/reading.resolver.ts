import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type UserEntity } from '@lukuhaaste/api/accounts';
import { ParticipationOutput, type ParticipationEntity } from '@lukuhaaste/api/challenges';
import { toOffsetConnection, toOffsetPage } from '@lukuhaaste/api/common';
import { CategoryReadConnection } from '../dtos/category-read.output';
import { LogReadingInput } from '../dtos/log-reading.input';
import { ReadingEntryOutput } from '../dtos/reading-entry.output';
import { UpdateReadingInput } from '../dtos/update-reading.input';
import type { ReadingEntryEntity } from '../entities/reading-entry.entity';
import { ReadingQueriesService } from '../services/reading-queries.service';
import { ReadingService } from '../services/reading.service';

const CATEGORY_READS_PAGE_SIZE = 10;
@Resolver()
export class ReadingResolver {
  constructor(
    private readonly reading: ReadingService,
    private readonly queries: ReadingQueriesService,
  ) {}

  @Mutation(() => ReadingEntryOutput, {
    description:
      'Joins implicitly; RATE_LIMITED past 60 logs per user in 10 minutes. Field errors: categoryId ALREADY_LOGGED/TOO_MANY_UNPLACED (200 unplaced at most), bookId BOOK_ALREADY_USED, finishedOn BEFORE_START/AFTER_END/IN_FUTURE, rating OUT_OF_RANGE, review TOO_LONG, newBook.isbn INVALID_ISBN …',
  })
  logReading(@CurrentUser() user: UserEntity, @Args('input') input: LogReadingInput): Promise<ReadingEntryEntity> {
    return this.reading.log(user, input);
  }

  @Mutation(() => ReadingEntryOutput, { description: "Owner only (another user's entry: FORBIDDEN)." })
  updateReading(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateReadingInput,
  ): Promise<ReadingEntryEntity> {
    return this.reading.update(user, id, input);
  }

  @Mutation(() => ParticipationOutput, { description: 'Owner only. Returns the participation with updated progress.' })
  removeReading(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ParticipationEntity> {
    return this.reading.remove(user, id);
  }

  @Public()
  @Query(() => CategoryReadConnection, {
    description: 'What others logged for this category, most-logged first. Public.',
  })
  async categoryReads(
    @Args('categoryId', { type: () => ID }) categoryId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: CATEGORY_READS_PAGE_SIZE }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CategoryReadConnection> {
    const page = toOffsetPage(first ?? CATEGORY_READS_PAGE_SIZE, after);
    const { rows, total } = await this.queries.categoryReads(categoryId, page);
    return toOffsetConnection(rows, page, total);
  }
}
