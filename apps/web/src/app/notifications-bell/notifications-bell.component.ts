import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NotificationsApi, type AppNotification } from '@lukuhaaste/web/data-access/notifications';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { NotificationText } from './notification-text.component';
import { UnreadNotifications } from './unread-notifications.store';

/** Notifications shown per opening of the menu; older ones stay on the server. */
export const NOTIFICATIONS_SHOWN = 10;

/**
 * The bell in the top bar: unread count kept live through `myNotifications`,
 * a menu listing the newest notifications with links to the comment, and
 * "mark all as read". Loaded after start-up (deferred in the shell).
 */
@Component({
  selector: 'lh-notifications-bell',
  imports: [MatButtonModule, MatMenuModule, RouterLink, TranslocoPipe, NotificationText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-bell.component.html',
  styleUrl: './notifications-bell.component.scss',
})
export class NotificationsBell {
  private readonly api = inject(NotificationsApi);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly unread = inject(UnreadNotifications).count;
  protected readonly items = signal<AppNotification[]>([]);
  protected readonly failed = signal(false);

  constructor() {
    this.api.unreadCount().then(
      (count) => this.unread.set(count),
      () => undefined,
    );
    // A dropped connection only stops the live count; the menu still loads fresh on opening.
    const live = this.api.live().subscribe({
      next: (notification) => {
        this.unread.update((count) => count + 1);
        this.items.update((items) => [notification, ...items].slice(0, NOTIFICATIONS_SHOWN));
      },
      error: () => undefined,
    });
    inject(DestroyRef).onDestroy(() => {
      live.unsubscribe();
      // Logged out: the next user's count starts from their own.
      this.unread.set(0);
    });
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      const page = await this.api.page(NOTIFICATIONS_SHOWN);
      this.items.set(page.edges.map((edge) => edge.node));
      this.unread.set(page.unreadCount);
    } catch {
      this.failed.set(true);
    }
  }

  protected async markAllRead(): Promise<void> {
    await this.markRead(undefined);
  }

  protected async open(notification: AppNotification): Promise<void> {
    if (!notification.readAt) await this.markRead([notification.id]);
  }

  private async markRead(ids: string[] | undefined): Promise<void> {
    try {
      await this.api.markRead(ids);
      const now = new Date().toISOString();
      this.items.update((items) =>
        items.map((item) => (!ids || ids.includes(item.id) ? { ...item, readAt: item.readAt ?? now } : item)),
      );
      this.unread.update((count) => (ids ? Math.max(0, count - ids.length) : 0));
    } catch {
      this.failed.set(true);
    }
  }
}
