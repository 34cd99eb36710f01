import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@lukuhaaste/api/accounts';
import { DiscussionModule } from '@lukuhaaste/api/discussion';
import { NotificationsModule } from '@lukuhaaste/api/notifications';
import { MODERATION_ENTITIES } from './moderation.entities';
import { ContentModerationResolver } from './resolvers/content-moderation.resolver';
import { ModerationLogResolver } from './resolvers/moderation-log.resolver';
import { ModerationQueueResolver } from './resolvers/moderation-queue.resolver';
import { NotificationOutcomeResolver } from './resolvers/notification-outcome.resolver';
import { ReportResolver } from './resolvers/report.resolver';
import { SuspensionResolver } from './resolvers/suspension.resolver';
import { ContentModerationService } from './services/content-moderation.service';
import { ModerationLogService } from './services/moderation-log.service';
import { ModerationPersonalData } from './services/moderation-personal-data.service';
import { ModerationQueueService } from './services/moderation-queue.service';
import { ReportDecisionsService } from './services/report-decisions.service';
import { ReportsService } from './services/reports.service';
import { SuspensionsService } from './services/suspensions.service';

export const MODERATION_RESOLVERS = [
  ReportResolver,
  ContentModerationResolver,
  SuspensionResolver,
  ModerationQueueResolver,
  ModerationLogResolver,
  NotificationOutcomeResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(MODERATION_ENTITIES), AccountsModule, DiscussionModule, NotificationsModule],
  providers: [
    ReportsService,
    ReportDecisionsService,
    ContentModerationService,
    SuspensionsService,
    ModerationQueueService,
    ModerationLogService,
    ModerationPersonalData,
    ...MODERATION_RESOLVERS,
  ],
})
export class ModerationModule {}
