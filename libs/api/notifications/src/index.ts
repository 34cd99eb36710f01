// Public surface: discussion and moderation notify through the service and
// resolve Notification.thread/comment/outcome on the output type.
export * from './lib/notifications.module';
export * from './lib/notifications.entities';
export * from './lib/migrations';
export * from './lib/entities/notification.entity';
export * from './lib/enums/notification-kind.enum';
export * from './lib/enums/report-outcome.enum';
export * from './lib/dtos/notification.output';
export { NotificationsService, type NotifyInput } from './lib/services/notifications.service';
export { notificationsTopic } from './lib/utils/notifications-topic.util';
