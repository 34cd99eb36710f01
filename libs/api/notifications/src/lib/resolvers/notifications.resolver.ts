import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, type UserEntity } from '@lukuhaaste/api/accounts';
import type { Connection } from '@lukuhaaste/api/common';
import { PubSub } from '@lukuhaaste/api/realtime';
import { NotificationConnection, NotificationOutput } from '../dtos/notification.output';
import type { NotificationEntity } from '../entities/notification.entity';
import { NotificationsService } from '../services/notifications.service';
import { fromNotificationMessage, type NotificationMessage } from '../utils/notification-message.util';
import { notificationsTopic } from '../utils/notifications-topic.util';

const NOTIFICATIONS_PAGE_SIZE = 20;

/** Everything here is the signed-in user's own (the global guard refuses anonymous callers). */
@Resolver(() => NotificationOutput)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly pubSub: PubSub,
  ) {}

  @Query(() => NotificationConnection, { description: 'My notifications, newest first.' })
  notifications(
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: NOTIFICATIONS_PAGE_SIZE }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean | null,
  ): Promise<Connection<NotificationEntity>> {
    return this.notificationsService.list(user.id, {
      first: first ?? NOTIFICATIONS_PAGE_SIZE,
      after: after ?? null,
      unreadOnly: unreadOnly ?? false,
    });
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: UserEntity): Promise<number> {
    return this.notificationsService.unreadCount(user.id);
  }

  @Mutation(() => Int, {
    description: 'Marks the given notifications (all when ids is absent) read; returns how many changed.',
  })
  markNotificationsRead(
    @CurrentUser() user: UserEntity,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    return this.notificationsService.markRead(user.id, ids ?? null);
  }

  @Subscription(() => NotificationOutput, {
    description: 'My new notifications as they arrive (graphql-ws).',
    resolve: (message: NotificationMessage) => fromNotificationMessage(message),
  })
  myNotifications(@CurrentUser() user: UserEntity): AsyncIterableIterator<NotificationMessage> {
    return this.pubSub.subscribe<NotificationMessage>(notificationsTopic(user.id));
  }
}
