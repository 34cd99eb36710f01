import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { isStaff, SessionStore } from '@lukuhaaste/web/data-access';
import type { Comment, Reply } from '@lukuhaaste/web/data-access/discussion';
import { CommentModerationMenu } from '@lukuhaaste/web/moderation/ui-moderation';
import { DateTimePipe } from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { Badge } from '../badge/badge.component';
import { CommentComposer } from '../composer/comment-composer.component';
import { CommentActions, type CommentDraft } from '../state/comment-actions.service';
import { CommentBody } from './comment-body.component';
import { CommentBook } from './comment-book.component';
import { ReactionBar } from './reaction-bar.component';

/** One comment with its actions, and for a top-level comment its replies and the inline reply form. */
@Component({
  selector: 'lh-comment-item',
  imports: [
    MatButtonModule,
    TranslocoPipe,
    Badge,
    CommentBody,
    CommentBook,
    CommentComposer,
    DateTimePipe,
    ReactionBar,
    CommentModerationMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-item.component.html',
  styleUrl: './comment-item.component.scss',
})
export class CommentItem {
  readonly comment = input.required<Comment | Reply>();
  /** The viewer may write in this thread (signed in, not suspended, not locked). */
  readonly canPost = input(false);
  /** The category page for the "what others read" link of a comment's book. */
  readonly readsLink = input<string[] | null>(null);

  protected readonly actions = inject(CommentActions);
  private readonly session = inject(SessionStore);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly signedIn = this.session.isLoggedIn;
  protected readonly staff = computed(() => isStaff(this.session.user()?.role));
  protected readonly replying = signal(false);
  protected readonly editing = signal(false);

  /** Replies of a top-level comment; replies themselves have none. */
  protected readonly replies = computed(() => {
    const comment = this.comment();
    return 'replies' in comment ? comment.replies : null;
  });
  protected readonly gone = computed(() => !!this.comment().deletedAt);
  protected readonly editDraft = computed<CommentDraft>(() => ({
    body: this.comment().body ?? '',
    containsSpoilers: this.comment().containsSpoilers,
  }));

  protected readonly sendReply = (draft: CommentDraft) =>
    this.actions.post(draft, this.comment().id).then(() => this.replying.set(false));
  protected readonly sendEdit = (draft: CommentDraft) =>
    this.actions.edit(this.comment(), draft).then(() => this.editing.set(false));
}
