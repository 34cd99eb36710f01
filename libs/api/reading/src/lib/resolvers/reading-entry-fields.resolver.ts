import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import { BookOutput, BooksService, bookByIdLoader, type BookEntity } from '@lukuhaaste/api/books';
import {
  CategoriesService,
  CategoryOutput,
  ParticipationOutput,
  ParticipationService,
  categoryByIdLoader,
  participationByIdLoader,
  type CategoryEntity,
  type ParticipationEntity,
} from '@lukuhaaste/api/challenges';
import { orNotFound } from '@lukuhaaste/api/common';
import { ReadingEntryOutput } from '../dtos/reading-entry.output';
import type { ReadingEntryEntity } from '../entities/reading-entry.entity';

/** Nested fields of an entry, each batched per request (no N+1 on entry lists). */
@Resolver(() => ReadingEntryOutput)
export class ReadingEntryFieldsResolver {
  constructor(
    private readonly books: BooksService,
    private readonly categories: CategoriesService,
    private readonly participations: ParticipationService,
  ) {}

  @ResolveField(() => BookOutput)
  async book(@Parent() entry: ReadingEntryEntity, @Context() { req }: GraphqlContext): Promise<BookEntity> {
    return orNotFound(await bookByIdLoader(req, this.books).load(entry.bookId), 'Book');
  }

  @ResolveField(() => CategoryOutput, {
    nullable: true,
    description: 'Null = logged but not yet placed in a category (does not count toward progress).',
  })
  async category(
    @Parent() entry: ReadingEntryEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<CategoryEntity | null> {
    return entry.categoryId ? await categoryByIdLoader(req, this.categories).load(entry.categoryId) : null;
  }

  @ResolveField(() => ParticipationOutput, {
    description: "The owner's participation, with the updated progress (for the client cache).",
  })
  async participation(
    @Parent() entry: ReadingEntryEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<ParticipationEntity> {
    return orNotFound(
      await participationByIdLoader(req, this.participations).load(entry.participationId),
      'Participation',
    );
  }
}
