import { NotificationEntity } from './entities/notification.entity';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];
