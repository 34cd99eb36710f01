import { inject, Injectable, Injector, signal } from '@angular/core';
import { toApiError } from '@lukuhaaste/web/data-access';
import { CommentsApi, type Comment, type ReactionKind, type Reply } from '@lukuhaaste/web/data-access/discussion';
import { ModerationApi } from '@lukuhaaste/web/data-access/moderation';
import type {
  CommentModerationRequest,
  ReportDialog,
  ReportDialogData,
} from '@lukuhaaste/web/moderation/ui-moderation';
import { apiErrorMessage, openDialog, type AlertMessage } from '@lukuhaaste/web/ui';
import type { ConfirmDeleteDialog } from '../dialogs/confirm-delete-dialog.component';
import { ThreadCommentsStore } from './thread-comments.store';

/** What a composer sends: the markdown and its spoiler flag. */
export interface CommentDraft {
  body: string;
  containsSpoilers: boolean;
}

/**
 * What a reader does to comments, for every comment component of one page:
 * each call reaches the API and shows the answer through the page's store.
 * Composer calls reject with ApiError so the composer keeps the draft and
 * shows the problem; one-click actions report failures in `status`.
 */
@Injectable()
export class CommentActions {
  private readonly api = inject(CommentsApi);
  private readonly store = inject(ThreadCommentsStore);
  private readonly moderation = inject(ModerationApi);
  private readonly injector = inject(Injector);
  readonly status = signal<{ kind: 'error' | 'success'; message: AlertMessage } | null>(null);

  async post(draft: CommentDraft, parentId: string | null = null): Promise<Comment> {
    const thread = this.store.thread();
    if (!thread) throw new Error('No thread is open');
    const comment = await this.api.post({ threadId: thread.id, parentId, ...draft });
    this.store.showMine(comment);
    return comment;
  }

  async edit(comment: Comment | Reply, draft: CommentDraft): Promise<void> {
    this.store.refresh(await this.api.edit(comment.id, draft));
  }

  async toggleReaction(comment: Comment | Reply, kind: ReactionKind): Promise<void> {
    const reacted = comment.reactions.find((r) => r.kind === kind)?.reactedByMe ?? false;
    await this.attempt(async () =>
      this.store.refresh(reacted ? await this.api.unreact(comment.id, kind) : await this.api.react(comment.id, kind)),
    );
  }

  /** Asks first; the comment stays as a "deleted" placeholder so its replies keep their place. */
  async delete(comment: Comment | Reply): Promise<void> {
    const confirmed = await openDialog<ConfirmDeleteDialog, void, boolean>(
      this.injector,
      () => import('../dialogs/confirm-delete-dialog.component').then((m) => m.ConfirmDeleteDialog),
      { width: '28rem' },
    );
    if (confirmed !== true) return;
    await this.attempt(async () => this.store.refresh(await this.api.delete(comment.id)));
  }

  async report(comment: Comment | Reply): Promise<void> {
    const sent = await openDialog<ReportDialog, ReportDialogData, boolean>(
      this.injector,
      () => import('@lukuhaaste/web/moderation/ui-moderation').then((m) => m.ReportDialog),
      {
        data: {
          target: 'COMMENT',
          send: ({ reason, note }) => this.moderation.report({ commentId: comment.id, reason, note }),
        },
        width: '30rem',
      },
    );
    if (sent === true) {
      this.status.set({ kind: 'success', message: { key: 'moderation.report.thanks' } });
    }
  }

  /** A librarian hides or restores a comment (the reason was asked by the menu). */
  async moderate(request: CommentModerationRequest): Promise<void> {
    await this.attempt(async () => {
      const { id, hiddenAt, hiddenReason } = await this.moderation.moderateComment(request);
      this.store.patch(id, { hiddenAt, hiddenReason });
    });
  }

  private async attempt(work: () => Promise<void>): Promise<void> {
    this.status.set(null);
    try {
      await work();
    } catch (error) {
      this.status.set({ kind: 'error', message: apiErrorMessage(toApiError(error)) });
    }
  }
}
