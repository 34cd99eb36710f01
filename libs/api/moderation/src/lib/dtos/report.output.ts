import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReportReason } from '../enums/report-reason.enum';
import { ReportStatus } from '../enums/report-status.enum';

/** `reporter` is resolved for staff only: reporters stay anonymous to everyone else. */
@ObjectType('Report')
export class ReportOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field()
  createdAt!: Date;
}
