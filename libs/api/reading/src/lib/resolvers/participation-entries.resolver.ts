import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import {
  ParticipationOutput,
  ParticipationService,
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
    // Read with their books and categories: the entries' `book` and `category` need no query of their own.
    return requestLoader(req, 'entriesByParticipation', async (ids: readonly string[]) =>
      groupToKeys(ids, await this.queries.entriesWithReferences(ids), (entry) => entry.participationId),
    ).load(participation.id);
  }
}
