import { Field, ObjectType } from '@nestjs/graphql';

/** Everything the app keeps about the caller, as file contents the web offers for download. */
@ObjectType('MyDataExport')
export class MyDataExportOutput {
  @Field({ description: 'JSON document: profile, reading entries, comments, reactions, reports, notifications…' })
  json!: string;

  @Field({ description: "The reading entries as CSV (UTF-8 with BOM, RFC 4180, formula cells prefixed with ')." })
  entriesCsv!: string;

  @Field({ description: 'When the export was read (one consistent snapshot).' })
  exportedAt!: Date;
}
