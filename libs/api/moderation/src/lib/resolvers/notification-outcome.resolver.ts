import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotificationOutput, type NotificationEntity } from '@lukuhaaste/api/notifications';
import { ReportStatus } from '../enums/report-status.enum';

/** Notifications cannot depend on moderation, so the outcome of a report is typed here with moderation's enum. */
@Resolver(() => NotificationOutput)
export class NotificationOutcomeResolver {
  @ResolveField(() => ReportStatus, { nullable: true, description: 'How my report ended (REPORT_OUTCOME only).' })
  outcome(@Parent() notification: NotificationEntity): ReportStatus | null {
    return notification.outcome === null ? null : ReportStatus[notification.outcome];
  }
}
