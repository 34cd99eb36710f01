import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@lukuhaaste/api/accounts';
import { BooksModule } from '@lukuhaaste/api/books';
import { ChallengesModule } from '@lukuhaaste/api/challenges';
import { ImportGoodreadsResolver } from './import/import-goodreads.resolver';
import { ImportGoodreadsService } from './import/import-goodreads.service';
import { READING_ENTITIES } from './reading.entities';
import { ParticipationEntriesResolver } from './resolvers/participation-entries.resolver';
import { ReadingEntryFieldsResolver } from './resolvers/reading-entry-fields.resolver';
import { ReadingResolver } from './resolvers/reading.resolver';
import { ReadingBookReferences } from './services/reading-book-references.service';
import { ReadingPersonalData } from './services/reading-personal-data.service';
import { ReadingQueriesService } from './services/reading-queries.service';
import { ReadingService } from './services/reading.service';

export const READING_RESOLVERS = [
  ReadingResolver,
  ReadingEntryFieldsResolver,
  ParticipationEntriesResolver,
  ImportGoodreadsResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(READING_ENTITIES), AccountsModule, BooksModule, ChallengesModule],
  providers: [
    ReadingService,
    ReadingQueriesService,
    ReadingBookReferences,
    ReadingPersonalData,
    ImportGoodreadsService,
    ...READING_RESOLVERS,
  ],
})
export class ReadingModule {}
