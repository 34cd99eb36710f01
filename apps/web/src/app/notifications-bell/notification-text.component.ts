import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import type { AppNotification } from '@lukuhaaste/web/data-access/notifications';
import { DateTimePipe } from '@lukuhaaste/web/ui';

/** One notification as a sentence (who did what where) and when; unread ones say so to screen readers too. */
@Component({
  selector: 'lh-notification-text',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="lh-notification">
      @if (!notification().readAt) {
        <span class="cdk-visually-hidden">{{ 'notifications.unread' | transloco }}:</span>
      }
      @if (notification().kind === 'REPORT_OUTCOME') {
        {{ 'notifications.REPORT_OUTCOME.' + (notification().outcome ?? 'RESOLVED') | transloco }}
      } @else {
        {{
          'notifications.' + notification().kind
            | transloco
              : {
                  actor: notification().actor?.displayName ?? ('notifications.someone' | transloco),
                  thread: threadName(),
                }
        }}
      }
      <small>{{ notification().createdAt | lhDateTime: locale() }}</small>
    </span>
  `,
  styles: `
    .lh-notification {
      display: flex;
      flex-direction: column;
      white-space: normal;
      line-height: 1.3;
      padding-block: 0.25rem;
    }
    small {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationText {
  readonly notification = input.required<AppNotification>();
  readonly locale = input.required<Locale>();
  private readonly transloco = inject(TranslocoService);
  /** A general thread's title, or a category thread's "12. Title" in the page's language. */
  protected readonly threadName = computed(() => {
    const thread = this.notification().thread;
    const category = thread?.category;
    if (!category) return thread?.title ?? this.transloco.translate('notifications.aThread', {}, this.locale());
    return this.transloco.translate(
      'discussion.thread.categoryTitle',
      { position: category.position, title: category.title[this.locale()] ?? category.title.fi },
      this.locale(),
    );
  });
}
