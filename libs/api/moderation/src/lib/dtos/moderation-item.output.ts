import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';
import type { ReportEntity } from '../entities/report.entity';
import { ReportOutput } from './report.output';
import { ReportReasonCountOutput } from './report-reason-count.output';

/** One reported item in the queue with its open reports; `comment`, `suggestion` and `thread` are resolved. */
@ObjectType('ModerationItem')
export class ModerationItemOutput {
  commentId!: string | null;
  suggestionId!: string | null;
  threadId!: string | null;

  @Field(() => Int, { description: 'Open reports, one per reader.' })
  reportCount!: number;

  @Field(() => [ReportReasonCountOutput], { description: 'Open reports per reason, most frequent first.' })
  reasons!: ReportReasonCountOutput[];

  @Field(() => [ReportOutput], { description: 'The open reports, oldest first.' })
  reports!: ReportEntity[];

  @Field({ description: 'Hidden automatically by reports and waiting for a moderator.' })
  autoHidden!: boolean;

  @Field()
  firstReportedAt!: Date;
}

export const ModerationItemConnection = ConnectionType(ModerationItemOutput, 'ModerationItem');
