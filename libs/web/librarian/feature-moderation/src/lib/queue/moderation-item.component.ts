import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import type { ModerationItem } from '@lukuhaaste/web/data-access/moderation';
import { DateTimePipe } from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';

export type ItemAction = 'hide' | 'restore' | 'resolve' | 'dismiss' | 'suspend' | 'unsuspend';

/**
 * One reported comment or suggestion with what a librarian needs to decide:
 * where it was written, its text (also when hidden), its author, the reports'
 * reasons and notes; the actions are the page's to carry out.
 */
@Component({
  selector: 'lh-moderation-item',
  imports: [MatButtonModule, RouterLink, TranslocoPipe, DateTimePipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './moderation-item.component.html',
  styleUrl: './moderation-item.component.scss',
})
export class ModerationItemCard {
  readonly item = input.required<ModerationItem>();
  readonly locale = input.required<Locale>();
  readonly busy = input(false);
  /** The moment "suspended until" is compared with; an input so the page and its specs control the clock. */
  readonly now = input(new Date());
  readonly action = output<ItemAction>();

  protected readonly author = computed(() => {
    const item = this.item();
    return item.comment?.author ?? item.suggestion?.author ?? null;
  });
  protected readonly hidden = computed(() => {
    const item = this.item();
    return !!(item.comment?.hiddenAt ?? item.suggestion?.hiddenAt);
  });
  protected readonly suspended = computed(() => {
    const until = this.author()?.suspendedUntil;
    return !!until && new Date(until) > this.now();
  });
  protected readonly headingId = computed(
    () => `lh-moderation-item-${this.item().comment?.id ?? this.item().suggestion?.id}`,
  );
}
