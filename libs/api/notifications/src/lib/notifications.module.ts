import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NOTIFICATIONS_ENTITIES } from './notifications.entities';
import { NotificationActorResolver } from './resolvers/notification-actor.resolver';
import { NotificationsResolver } from './resolvers/notifications.resolver';
import { NotificationsService } from './services/notifications.service';

export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver, NotificationActorResolver];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES)],
  providers: [NotificationsService, ...NOTIFICATIONS_RESOLVERS],
  exports: [NotificationsService],
})
export class NotificationsModule {}
