import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { SessionStore } from '@lukuhaaste/web/data-access';
import {
  type ChallengeDetails,
  type Participation,
  type ReadingEntry,
  type SavedReadingEntry,
} from '@lukuhaaste/web/data-access/reading';
import { firstValueFrom } from 'rxjs';

export interface LogBookDialogData {
  challenge: ChallengeDetails;
  participation: Participation | null;
  /** Preselected category (opened from a category page). */
  categoryId?: string | null;
  /** Edit this entry instead of logging a new one. */
  entry?: ReadingEntry;
}

/**
 * Opens the log-a-book dialog, loading its code on first use. Visitors are sent
 * to log in first and brought back to the page they were on.
 */
@Injectable({ providedIn: 'root' })
export class LogBookLauncher {
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Resolves with the saved entry, or undefined when cancelled. */
  async open(data: LogBookDialogData): Promise<SavedReadingEntry | undefined> {
    if (!this.session.isLoggedIn()) {
      await this.router.navigate(['/login'], { queryParams: { returnUrl: this.router.url } });
      return undefined;
    }
    const { LogBookDialog } = await import('./log-book-dialog.component');
    const ref = this.dialog.open<InstanceType<typeof LogBookDialog>, LogBookDialogData, SavedReadingEntry>(
      LogBookDialog,
      {
        data,
        width: '40rem',
        maxWidth: '100vw',
        // Straight to the book when the category is already chosen: the fast path.
        autoFocus: data.categoryId && !data.entry ? '#lh-log-book-search' : 'first-tabbable',
      },
    );
    return firstValueFrom(ref.afterClosed());
  }
}
