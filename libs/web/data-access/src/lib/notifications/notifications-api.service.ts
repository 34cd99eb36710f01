import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationFieldsFragment,
  type NotificationsQuery,
} from '../../generated/notifications';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type AppNotification = NotificationFieldsFragment;
export type NotificationsPage = NotificationsQuery['notifications'] & { unreadCount: number };

/** The logged-in user's in-app notifications (replies, mentions, report outcomes). Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly client = inject(GraphqlClient);

  /** Newest first, with the unread count in the same request. */
  async page(first: number, after?: string | null): Promise<NotificationsPage> {
    const data = await this.client.query(NotificationsDocument, { first, after: after ?? null });
    return { ...data.notifications, unreadCount: data.unreadNotificationCount };
  }

  async unreadCount(): Promise<number> {
    const { unreadNotificationCount } = await this.client.query(UnreadNotificationCountDocument);
    return unreadNotificationCount;
  }

  /** Marks these notifications read, or all of them when `ids` is omitted; resolves with how many changed. */
  async markRead(ids?: string[]): Promise<number> {
    const { markNotificationsRead } = await this.client.mutate(MarkNotificationsReadDocument, { ids: ids ?? null });
    return markNotificationsRead;
  }

  /** Each new notification as it is created. */
  live(): Observable<AppNotification> {
    return this.client.subscribe(MyNotificationsDocument).pipe(map((data) => data.myNotifications));
  }
}
