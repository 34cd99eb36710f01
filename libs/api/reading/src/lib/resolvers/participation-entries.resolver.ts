import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import { BooksService, bookByIdLoader } from '@lukuhaaste/api/books';
import {
  CategoriesService,
  ParticipationOutput,
  ParticipationService,
  categoryByIdLoader,
  participationByIdLoader,
  type ParticipationEntity,
} from '@lukuhaaste/api/challenges';
import { groupToKeys, requestLoader } from '@lukuhaaste/api/common';
import { ReadingEntryOutput } from '../dtos/reading-entry.output';
import type { ReadingEntryEntity } from '../entities/reading-entry.entity';
import { ReadingQueriesService } from '../services/reading-queries.service';

/** Adds `entries` to the challenges context's Participation type. */
@Resolver(() => ParticipationOutput)
export class ParticipationEntriesResolver {
  constructor(
    private readonly queries: ReadingQueriesService,
    private readonly participations: ParticipationService,
    private readonly books: BooksService,
    private readonly categories: CategoriesService,
  ) {}

  @ResolveField(() => [ReadingEntryOutput], {
    description:
      'All my entries of this challenge, placed ones ordered by category position, then unplaced ones by finishedOn desc.',
  })
  entries(
    @Parent() participation: ParticipationEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<ReadingEntryEntity[]> {
    // Each entry's `participation` is this one: spare the loader a query.
    participationByIdLoader(req, this.participations).prime(participation.id, participation);
    return requestLoader(req, 'entriesByParticipation', async (ids: readonly string[]) => {
      const { entries, books, categories } = await this.queries.entriesWithReferences(ids);
      // Read with the entries: their `book` and `category` fields need no query of their own.
      for (const book of books) bookByIdLoader(req, this.books).prime(book.id, book);
      for (const category of categories) categoryByIdLoader(req, this.categories).prime(category.id, category);
      return groupToKeys(ids, entries, (entry) => entry.participationId);
    }).load(participation.id);
  }
}
