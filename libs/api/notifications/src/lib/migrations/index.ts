import { CreateNotifications1764100300000 } from './1764100300000-create-notifications';

export const NOTIFICATIONS_MIGRATIONS = [CreateNotifications1764100300000];
