/** In-app notifications, as their own entry point: the shell's bell loads them after start-up. */
export {
  NotificationsApi,
  type AppNotification,
  type NotificationsPage,
} from './lib/notifications/notifications-api.service';
export type { NotificationKind } from './generated/notifications';
