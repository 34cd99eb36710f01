import { Field, ID, InputType } from '@nestjs/graphql';
import { ReportReason } from '../enums/report-reason.enum';

/** Exactly one of `commentId` and `suggestionId`. */
@InputType()
export class ReportInput {
  @Field(() => ID, { nullable: true })
  commentId?: string | null;

  @Field(() => ID, { nullable: true })
  suggestionId?: string | null;

  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => String, { nullable: true, description: 'For the moderators only; at most 500 characters.' })
  note?: string | null;
}
