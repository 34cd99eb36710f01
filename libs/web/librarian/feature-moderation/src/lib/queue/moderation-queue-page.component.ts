import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import {
  appendPage,
  ModerationApi,
  type ListPage,
  type ModeratedUser,
  type ModerationItem,
} from '@lukuhaaste/web/data-access/moderation';
import { askModerationReason } from '@lukuhaaste/web/moderation/ui-moderation';
import { DateTimePipe, FormAlert, runWithAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { EmptyState } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { firstValueFrom } from 'rxjs';
import { SuspensionDialog, type SuspensionDialogData } from '../suspension/suspension-dialog.component';
import { ModerationItemCard, type ItemAction } from './moderation-item.component';

/**
 * The moderation queue: reported and auto-hidden comments and suggestions,
 * most urgent first. Every action is one click (plus a reason where the audit
 * log needs one); an item whose reports are closed leaves the queue.
 */
@Component({
  selector: 'lh-moderation-queue-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    EmptyState,
    ModerationItemCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './moderation-queue-page.component.html',
  styleUrl: './moderation-queue-page.component.scss',
})
export class ModerationQueuePage {
  private readonly api = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageStore);

  protected readonly page = signal<ListPage<ModerationItem> | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadFailed = signal<AlertMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly done = signal<AlertMessage | null>(null);
  private readonly status = viewChild<ElementRef<HTMLElement>>('status');

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(null);
    try {
      this.page.set(await this.api.queue());
    } catch {
      this.loadFailed.set({ key: 'moderation.errors.loadQueue' });
    } finally {
      this.loading.set(false);
    }
  }

  protected async more(): Promise<void> {
    const current = this.page();
    if (!current?.nextCursor) return;
    await this.run(async () => this.page.set(appendPage(current, await this.api.queue(current.nextCursor))));
  }

  protected async act(item: ModerationItem, action: ItemAction): Promise<void> {
    switch (action) {
      case 'hide':
      case 'restore':
        return this.setHidden(item, action === 'hide');
      case 'resolve':
      case 'dismiss':
        return this.run(async () => {
          const count = await this.api.closeReports(target(item), action === 'resolve' ? 'RESOLVED' : 'DISMISSED');
          this.leave(item, {
            key: `moderation.queue.done.${action === 'resolve' ? 'resolved' : 'dismissed'}`,
            params: { count },
          });
        });
      case 'suspend':
        return this.suspend(item);
      case 'unsuspend':
        return this.unsuspend(item);
    }
  }

  protected key(item: ModerationItem): string {
    return item.comment?.id ?? item.suggestion?.id ?? '';
  }

  /** Hiding upholds the reports (resolved); restoring finds them unfounded (dismissed). Either way the item is done. */
  private async setHidden(item: ModerationItem, hide: boolean): Promise<void> {
    const kind = item.comment ? 'comment' : 'suggestion';
    const reason = await askModerationReason(this.dialog, {
      titleKey: item.comment
        ? `moderation.comment.${hide ? 'hideTitle' : 'restoreTitle'}`
        : `suggestions.staff.${hide ? 'hideTitle' : 'restoreTitle'}`,
      submitKey: `moderation.comment.${hide ? 'hide' : 'restore'}`,
    });
    if (reason === undefined) return;
    await this.run(async () => {
      if (kind === 'comment' && item.comment) {
        await this.api.moderateComment({ commentId: item.comment.id, action: hide ? 'HIDE' : 'RESTORE', reason });
      } else if (item.suggestion) {
        await this.api.setSuggestionHidden(item.suggestion.id, hide, reason);
      }
      const count = await this.api.closeReports(target(item), hide ? 'RESOLVED' : 'DISMISSED');
      this.leave(item, { key: `moderation.queue.done.${hide ? 'hidden' : 'restored'}`, params: { count } });
    });
  }

  private async suspend(item: ModerationItem): Promise<void> {
    const author = authorOf(item);
    if (!author) return;
    const ref = this.dialog.open<SuspensionDialog, SuspensionDialogData, ModeratedUser>(SuspensionDialog, {
      data: { user: author },
      width: '34rem',
    });
    const user = await firstValueFrom(ref.afterClosed());
    if (!user?.suspendedUntil) return;
    this.updateAuthor(user);
    this.announce({
      key: 'moderation.queue.done.suspended',
      params: {
        name: user.displayName,
        date: new DateTimePipe().transform(user.suspendedUntil, this.language.locale()),
      },
    });
  }

  private async unsuspend(item: ModerationItem): Promise<void> {
    const author = authorOf(item);
    if (!author) return;
    const reason = await askModerationReason(this.dialog, {
      titleKey: 'moderation.suspend.unsuspendTitle',
      submitKey: 'moderation.suspend.unsuspendSubmit',
      optional: true,
    });
    if (reason === undefined) return;
    await this.run(async () => {
      const user = await this.api.unsuspend(author.id, reason || null);
      this.updateAuthor(user);
      this.announce({ key: 'moderation.queue.done.unsuspended', params: { name: user.displayName } });
    });
  }

  /** The author's suspension shows on every item they wrote. */
  private updateAuthor(user: ModeratedUser): void {
    const update = <T extends { author: ModeratedUser | null } | null>(written: T): T =>
      written?.author?.id === user.id ? { ...written, author: user } : written;
    this.page.update(
      (page) =>
        page && {
          ...page,
          items: page.items.map((i) => ({ ...i, comment: update(i.comment), suggestion: update(i.suggestion) })),
        },
    );
  }

  private leave(item: ModerationItem, message: AlertMessage): void {
    const key = this.key(item);
    this.page.update(
      (page) =>
        page && {
          ...page,
          totalCount: Math.max(0, page.totalCount - 1),
          items: page.items.filter((i) => this.key(i) !== key),
        },
    );
    this.announce(message);
  }

  /** Says what happened and moves focus there, since the item the librarian acted on may be gone. */
  private announce(message: AlertMessage): void {
    this.done.set(message);
    queueMicrotask(() => this.status()?.nativeElement.focus());
  }

  private run(work: () => Promise<void>): Promise<void> {
    return runWithAlert(work, { busy: this.busy, alert: this.error, readError: toApiError });
  }
}

function target(item: ModerationItem): { commentId?: string; suggestionId?: string } {
  return item.comment ? { commentId: item.comment.id } : { suggestionId: item.suggestion?.id };
}

function authorOf(item: ModerationItem): ModeratedUser | null {
  return item.comment?.author ?? item.suggestion?.author ?? null;
}
