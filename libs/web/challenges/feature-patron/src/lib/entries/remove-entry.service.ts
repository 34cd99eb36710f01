import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ReadingApi, type Progress, type ReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { firstValueFrom } from 'rxjs';

/** Removes an entry after the patron confirms; resolves with the updated progress, or undefined if they changed their mind. */
@Injectable({ providedIn: 'root' })
export class RemoveEntry {
  private readonly dialog = inject(MatDialog);
  private readonly reading = inject(ReadingApi);

  async confirmAndRemove(entry: ReadingEntry): Promise<Progress | undefined> {
    const { ConfirmRemoveDialog } = await import('./confirm-remove-dialog.component');
    const ref = this.dialog.open(ConfirmRemoveDialog, {
      data: { title: entry.book.title },
      role: 'alertdialog',
      autoFocus: 'dialog',
    });
    const confirmed = await firstValueFrom(ref.afterClosed());
    return confirmed ? this.reading.remove(entry.id) : undefined;
  }
}
