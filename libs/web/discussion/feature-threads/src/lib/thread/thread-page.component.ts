import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { isStaff, SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { ThreadsApi } from '@lukuhaaste/web/data-access/discussion';
import { ModerationApi } from '@lukuhaaste/web/data-access/moderation';
import { ThreadModerationControls, type ThreadModerationRequest } from '@lukuhaaste/web/moderation/ui-moderation';
import { apiErrorMessage, FormAlert } from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { Badge } from '../badge/badge.component';
import { CommentItem } from '../comment/comment-item.component';
import { CommentComposer } from '../composer/comment-composer.component';
import { COMMENTS_PAGE_SIZE } from '../constants/comments-page-size.constant';
import { CommentActions, type CommentDraft } from '../state/comment-actions.service';
import { ThreadCommentsStore } from '../state/thread-comments.store';
import { NewCommentsPill } from './new-comments-pill.component';
import { PostingBlocked } from './posting-blocked.component';
import { ThreadTitle } from './thread-title.component';

/**
 * A whole thread: comments oldest to newest a page at a time, replies, the
 * composer and live updates. `?comment=<id>` opens the page holding that
 * comment and moves focus to it (links from notifications and snackbars).
 */
@Component({
  selector: 'lh-thread-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    LocalizedPipe,
    Badge,
    CommentItem,
    CommentComposer,
    NewCommentsPill,
    PostingBlocked,
    ThreadTitle,
    ThreadModerationControls,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ThreadCommentsStore, CommentActions],
  templateUrl: './thread-page.component.html',
  styleUrl: './thread-page.component.scss',
})
export class ThreadPage {
  /** Route parameter and `?comment=` query parameter. */
  readonly id = input.required<string>();
  readonly comment = input<string | undefined>(undefined);

  protected readonly store = inject(ThreadCommentsStore);
  protected readonly actions = inject(CommentActions);
  private readonly threads = inject(ThreadsApi);
  private readonly moderation = inject(ModerationApi);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly locale = inject(LanguageStore).locale;

  protected readonly challenge = resource({
    params: () => this.store.thread()?.challengeId,
    loader: ({ params }) => this.threads.challenge({ id: params }),
  });
  /** Where "what others read" for a comment's book lives: the category page of a category thread. */
  protected readonly readsLink = computed(() => {
    const category = this.store.thread()?.category;
    const slug = this.challenge.hasValue() ? this.challenge.value().slug : null;
    return category && slug ? ['/challenges', slug, String(category.position)] : null;
  });
  protected readonly send = (draft: CommentDraft) => this.actions.post(draft);
  protected readonly staff = computed(() => isStaff(this.session.user()?.role));
  protected readonly moderating = signal(false);

  constructor() {
    effect(() => {
      const id = this.id();
      const around = this.comment() ?? null;
      // Reload when the session changes: what a viewer may see and do depends on who they are.
      this.session.user();
      untracked(() => void this.open(id, around));
    });
  }

  /** Pin/unpin and lock/unlock by a librarian; the page shows the thread's new state at once. */
  protected async moderateThread(request: ThreadModerationRequest): Promise<void> {
    this.moderating.set(true);
    this.actions.status.set(null);
    try {
      const { pinnedAt, lockedAt } = await this.moderation.moderateThread(request);
      this.store.thread.update((thread) => thread && { ...thread, pinnedAt, lockedAt });
    } catch (error) {
      this.actions.status.set({ kind: 'error', message: apiErrorMessage(toApiError(error)) });
    } finally {
      this.moderating.set(false);
    }
  }

  protected retry(): void {
    void this.open(this.id(), this.comment() ?? null);
  }

  private async open(id: string, around: string | null): Promise<void> {
    await this.store.open(id, { around, pageSize: COMMENTS_PAGE_SIZE });
    if (around) afterNextRender(() => this.focusComment(around), { injector: this.injector });
  }

  private focusComment(id: string): void {
    const target = this.document.getElementById(`comment-${id}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }
}
