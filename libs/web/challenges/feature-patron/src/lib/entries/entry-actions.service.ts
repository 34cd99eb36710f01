import { inject, Injectable, signal } from '@angular/core';
import { toApiError } from '@lukuhaaste/web/data-access';
import { type ReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, type AlertMessage } from '@lukuhaaste/web/ui';
import { LogBookLauncher } from '../log-book/log-book-launcher.service';
import { type ChallengeView } from '../view/challenge-view.loader';
import { RemoveEntry } from './remove-entry.service';

export interface EntryActionStatus {
  kind: 'error' | 'success';
  message: AlertMessage;
}

/**
 * The log/edit and remove-with-confirmation flows of pages that show entries.
 * Provided per page, so each page has its own `status` for its alert.
 */
@Injectable()
export class EntryActions {
  private readonly launcher = inject(LogBookLauncher);
  private readonly removeEntry = inject(RemoveEntry);
  readonly status = signal<EntryActionStatus | null>(null);

  /** Opens the log-a-book dialog (edit mode when `entry` is given); `reload` runs after a save. */
  async logOrEdit(
    view: ChallengeView,
    reload: () => void,
    target: { categoryId?: string; entry?: ReadingEntry } = {},
  ): Promise<void> {
    const saved = await this.launcher.open({ challenge: view.challenge, participation: view.participation, ...target });
    if (!saved) return;
    this.status.set({ kind: 'success', message: { key: 'entry.saved' } });
    reload();
  }

  /** Asks for confirmation, removes the entry and runs `reload`; failures show in `status`. */
  async remove(entry: ReadingEntry, reload: () => void): Promise<void> {
    this.status.set(null);
    try {
      if (!(await this.removeEntry.confirmAndRemove(entry))) return;
      this.status.set({ kind: 'success', message: { key: 'entry.removed' } });
      reload();
    } catch (error) {
      this.status.set({
        kind: 'error',
        message: apiErrorMessage(toApiError(error)),
      });
    }
  }
}
