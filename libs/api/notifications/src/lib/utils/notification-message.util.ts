import type { NotificationEntity } from '../entities/notification.entity';

/** A notification as published: JSON, so dates travel as ISO strings. */
export type NotificationMessage = Omit<NotificationEntity, 'createdAt' | 'readAt' | 'user' | 'actor'> & {
  createdAt: string;
  readAt: string | null;
};

export function toNotificationMessage(notification: NotificationEntity): NotificationMessage {
  const { user: _user, actor: _actor, ...fields } = notification;
  return {
    ...fields,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
  };
}

/** Back to the entity's shape, so the Notification field resolvers serve both queries and the subscription. */
export function fromNotificationMessage(message: NotificationMessage): NotificationEntity {
  return {
    ...message,
    createdAt: new Date(message.createdAt),
    readAt: message.readAt === null ? null : new Date(message.readAt),
  };
}
