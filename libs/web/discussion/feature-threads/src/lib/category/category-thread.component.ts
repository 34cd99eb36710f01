import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { ThreadsApi } from '@lukuhaaste/web/data-access/discussion';
import { apiErrorMessage, FormAlert } from '@lukuhaaste/web/ui';
import { CommentItem } from '../comment/comment-item.component';
import { CommentComposer } from '../composer/comment-composer.component';
import { CommentActions, type CommentDraft } from '../state/comment-actions.service';
import { ThreadCommentsStore } from '../state/thread-comments.store';
import { NewCommentsPill } from '../thread/new-comments-pill.component';
import { PostingBlocked } from '../thread/posting-blocked.component';

/** Comments shown inline on the category page: the newest few; the rest are on the thread page. */
export const CATEGORY_THREAD_PREVIEW_SIZE = 3;

/** A category's thread on the category page: its latest comments, live, with a composer and a link to the whole thread. */
@Component({
  selector: 'lh-category-thread',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    CommentItem,
    CommentComposer,
    NewCommentsPill,
    PostingBlocked,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ThreadCommentsStore, CommentActions],
  template: `
    <lh-form-alert [message]="store.error()" />
    <lh-form-alert [message]="actions.status()?.message ?? null" [kind]="actions.status()?.kind ?? 'error'" />
    @if (store.thread(); as thread) {
      @if (store.comments().length > 0) {
        <ol class="lh-category-thread__list">
          @for (comment of store.comments(); track comment.id) {
            <li><lh-comment-item [comment]="comment" [canPost]="thread.viewerCanPost" /></li>
          }
        </ol>
      } @else if (!store.loading()) {
        <p>{{ 'discussion.category.empty' | transloco }}</p>
      }
      <lh-new-comments-pill [count]="store.pending().length" (show)="store.showPending()" />
      <a mat-stroked-button [routerLink]="['/threads', thread.id]">{{
        'discussion.category.openThread' | transloco: { count: thread.commentCount }
      }}</a>
      @if (thread.viewerCanPost) {
        <!-- Loaded only for those who may write: most visitors only read. -->
        @defer (on immediate) {
          <lh-comment-composer [send]="send" />
        }
      } @else {
        <lh-posting-blocked [thread]="thread" />
      }
    } @else if (store.loading()) {
      <div role="status">
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'discussion.loading' | transloco" />
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.75rem;
    }
    .lh-category-thread__list {
      align-self: stretch;
      margin: 0;
      padding: 0;
      list-style: none;
      > li + li {
        border-block-start: 1px solid var(--mat-sys-outline-variant);
      }
    }
    lh-comment-composer,
    lh-posting-blocked {
      align-self: stretch;
    }
  `,
})
export class CategoryThread {
  readonly categoryId = input.required<string>();

  protected readonly store = inject(ThreadCommentsStore);
  protected readonly actions = inject(CommentActions);
  private readonly threads = inject(ThreadsApi);
  private readonly session = inject(SessionStore);
  protected readonly send = (draft: CommentDraft) => this.actions.post(draft);

  constructor() {
    effect(() => {
      const categoryId = this.categoryId();
      this.session.user();
      untracked(() => void this.open(categoryId));
    });
  }

  private async open(categoryId: string): Promise<void> {
    try {
      const thread = await this.threads.categoryThread(categoryId);
      await this.store.open(thread.id, { pageSize: CATEGORY_THREAD_PREVIEW_SIZE });
    } catch (error) {
      this.store.error.set(apiErrorMessage(toApiError(error)));
    }
  }
}
