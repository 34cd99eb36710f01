import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, type UserEntity } from '@lukuhaaste/api/accounts';
import { ImportReportOutput } from '../dtos/import-report.output';
import { ImportGoodreadsService } from './import-goodreads.service';

@Resolver()
export class ImportGoodreadsResolver {
  constructor(private readonly imports: ImportGoodreadsService) {}

  @Mutation(() => ImportReportOutput, {
    description:
      "Imports Goodreads' library export (the file's text in `csv`, up to 8 MiB and 20,000 rows; send the header x-apollo-operation-name: ImportGoodreadsCsv for bodies over 1 MiB) into the challenge: reads finished in its period become unplaced entries, to be placed in categories with updateReading. Joins implicitly; all or nothing. RATE_LIMITED past 10 imports per user an hour. File errors (BAD_USER_INPUT, field csv): NOT_CSV, MALFORMED_CSV, MISSING_COLUMNS (extensions.missingColumns), TOO_MANY_ROWS, FILE_TOO_LARGE.",
  })
  importGoodreadsCsv(
    @CurrentUser() user: UserEntity,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('csv') csv: string,
  ): Promise<ImportReportOutput> {
    return this.imports.importCsv(user, challengeId, csv);
  }
}
