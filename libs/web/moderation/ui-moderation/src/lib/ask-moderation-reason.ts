import type { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { ModerationReasonDialog, type ModerationReasonDialogData } from './moderation-reason-dialog.component';

/** Opens the reason dialog; resolves with the reason, or undefined when the librarian cancelled. */
export async function askModerationReason(
  dialog: MatDialog,
  data: ModerationReasonDialogData,
): Promise<string | undefined> {
  const ref = dialog.open<ModerationReasonDialog, ModerationReasonDialogData, string>(ModerationReasonDialog, {
    data,
    width: '32rem',
  });
  return firstValueFrom(ref.afterClosed());
}
