import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReportReason } from '../enums/report-reason.enum';

@ObjectType('ReportReasonCount')
export class ReportReasonCountOutput {
  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => Int)
  count!: number;
}
