import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@lukuhaaste/api/accounts';
import { NOTIFICATIONS_ENTITIES } from './notifications.entities';
import { NotificationActorResolver } from './resolvers/notification-actor.resolver';
import { NotificationsResolver } from './resolvers/notifications.resolver';
import { NotificationPersonalData } from './services/notification-personal-data.service';
import { NotificationsService } from './services/notifications.service';

export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver, NotificationActorResolver];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), AccountsModule],
  providers: [NotificationsService, NotificationPersonalData, ...NOTIFICATIONS_RESOLVERS],
  exports: [NotificationsService],
})
export class NotificationsModule {}
