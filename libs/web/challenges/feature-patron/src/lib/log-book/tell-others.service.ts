import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { CommentsApi, ThreadsApi } from '@lukuhaaste/web/data-access/discussion';
import type { SavedReadingEntry } from '@lukuhaaste/web/data-access/reading';

/**
 * "Tell others in the category's thread": posts a just-logged book (its
 * rating and review come along on the server) as a comment in its category's
 * thread, then offers a way to the comment. Logging itself has already
 * succeeded, so a failure here only says so.
 */
@Injectable({ providedIn: 'root' })
export class TellOthers {
  private readonly threads = inject(ThreadsApi);
  private readonly comments = inject(CommentsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  async share(entry: SavedReadingEntry): Promise<void> {
    const categoryId = entry.category?.id;
    if (!categoryId) return;
    try {
      const thread = await this.threads.categoryThread(categoryId);
      const comment = await this.comments.post({ threadId: thread.id, readingEntryId: entry.id });
      const ref = this.snackBar.open(
        this.transloco.translate('discussion.tellOthers.posted'),
        this.transloco.translate('discussion.tellOthers.show'),
        { duration: 10000 },
      );
      ref.onAction().subscribe(() => {
        void this.router.navigate(['/threads', thread.id], { queryParams: { comment: comment.id } });
      });
    } catch {
      this.snackBar.open(this.transloco.translate('discussion.tellOthers.failed'), undefined, { duration: 10000 });
    }
  }
}
