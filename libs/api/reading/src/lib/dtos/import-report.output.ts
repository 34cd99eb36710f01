import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportSkipReason } from '@lukuhaaste/api/books';

@ObjectType('ImportSkippedRow')
export class ImportSkippedRowOutput {
  @Field(() => Int, { description: 'Row of the file as a spreadsheet numbers it (the header is row 1).' })
  row!: number;

  @Field(() => String, { description: "The row's title, shortened to 200 characters." })
  title!: string;

  @Field(() => ImportSkipReason)
  reason!: ImportSkipReason;

  @Field(() => String, { description: 'The reason in English; the web app translates `reason`.' })
  message!: string;
}

@ObjectType('ImportReport')
export class ImportReportOutput {
  @Field(() => Int, { description: 'Reads added as unplaced entries of the challenge.' })
  imported!: number;

  @Field(() => [ImportSkippedRowOutput], { description: 'In the order of the file.' })
  skipped!: ImportSkippedRowOutput[];

  @Field(() => [Int], { description: 'Rows imported with the review shortened to the 5000-character limit.' })
  shortenedReviews!: number[];
}
