import { inject, Injectable, Injector } from '@angular/core';
import { ReadingApi, type Progress, type ReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { openDialog } from '@lukuhaaste/web/ui';

/** Removes an entry after the patron confirms; resolves with the updated progress, or undefined if they changed their mind. */
@Injectable({ providedIn: 'root' })
export class RemoveEntry {
  private readonly injector = inject(Injector);
  private readonly reading = inject(ReadingApi);

  async confirmAndRemove(entry: ReadingEntry): Promise<Progress | undefined> {
    const confirmed = await openDialog(
      this.injector,
      () => import('./confirm-remove-dialog.component').then((m) => m.ConfirmRemoveDialog),
      { data: { title: entry.book.title }, role: 'alertdialog', autoFocus: 'dialog' },
    );
    return confirmed ? this.reading.remove(entry.id) : undefined;
  }
}
