import { inject, Injectable, Injector } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore } from '@lukuhaaste/web/data-access';
import {
  type ChallengeDetails,
  type Participation,
  type ReadingEntry,
  type SavedReadingEntry,
} from '@lukuhaaste/web/data-access/reading';
import type { LogBookDialog } from './log-book-dialog.component';
import { openDialog } from '@lukuhaaste/web/ui';

export interface LogBookDialogData {
  challenge: ChallengeDetails;
  participation: Participation | null;
  /** Preselected category (opened from a category page). */
  categoryId?: string | null;
  /** Edit this entry instead of logging a new one. */
  entry?: ReadingEntry;
}

/**
 * Opens the log-a-book dialog, loading its code (and Material's dialog) on first use. Visitors are sent
 * to log in first and brought back to the page they were on.
 */
@Injectable({ providedIn: 'root' })
export class LogBookLauncher {
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Resolves with the saved entry, or undefined when cancelled. */
  async open(data: LogBookDialogData): Promise<SavedReadingEntry | undefined> {
    if (!this.session.isLoggedIn()) {
      await this.router.navigate(['/login'], { queryParams: { returnUrl: this.router.url } });
      return undefined;
    }
    return openDialog<LogBookDialog, LogBookDialogData, SavedReadingEntry>(
      this.injector,
      () => import('./log-book-dialog.component').then((m) => m.LogBookDialog),
      {
        data,
        width: '40rem',
        maxWidth: '100vw',
        // Straight to the book when the category is already chosen: the fast path.
        autoFocus: data.categoryId && !data.entry ? '#lh-log-book-search' : 'first-tabbable',
      },
    );
  }
}
