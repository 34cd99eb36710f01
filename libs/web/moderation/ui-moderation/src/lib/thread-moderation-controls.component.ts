import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { askModerationReason } from './ask-moderation-reason';
import type { ThreadModerationRequest } from './moderation-events';

/** The parts of a thread the controls read. */
export interface ModeratableThread {
  id: string;
  pinnedAt?: string | null;
  lockedAt?: string | null;
}

/** A librarian's pin/lock buttons for a thread; locking and unlocking ask for a reason first. */
@Component({
  selector: 'lh-thread-moderation-controls',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-thread-moderation" role="group" [attr.aria-label]="'moderation.thread.group' | transloco">
      <button mat-stroked-button type="button" [disabled]="busy()" (click)="togglePin()">
        {{ (thread().pinnedAt ? 'moderation.thread.unpin' : 'moderation.thread.pin') | transloco }}
      </button>
      <button mat-stroked-button type="button" [disabled]="busy()" (click)="toggleLock()">
        {{ (thread().lockedAt ? 'moderation.thread.unlock' : 'moderation.thread.lock') | transloco }}
      </button>
    </div>
  `,
  styles: `
    .lh-thread-moderation {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class ThreadModerationControls {
  private readonly dialog = inject(MatDialog);
  readonly thread = input.required<ModeratableThread>();
  /** While the host's API call runs. */
  readonly busy = input(false);
  readonly moderate = output<ThreadModerationRequest>();

  protected togglePin(): void {
    const thread = this.thread();
    this.moderate.emit({ threadId: thread.id, action: thread.pinnedAt ? 'UNPIN' : 'PIN', reason: null });
  }

  protected async toggleLock(): Promise<void> {
    const thread = this.thread();
    const action = thread.lockedAt ? 'UNLOCK' : 'LOCK';
    const reason = await askModerationReason(this.dialog, {
      titleKey: `moderation.thread.${action === 'LOCK' ? 'lockTitle' : 'unlockTitle'}`,
      submitKey: `moderation.thread.${action === 'LOCK' ? 'lock' : 'unlock'}`,
    });
    if (reason !== undefined) this.moderate.emit({ threadId: thread.id, action, reason });
  }
}
