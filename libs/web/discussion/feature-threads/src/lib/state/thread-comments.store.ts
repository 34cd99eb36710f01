import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import {
  CommentsApi,
  ThreadsApi,
  type Comment,
  type CommentsPage,
  type Reply,
  type Thread,
  type ThreadEvent,
} from '@lukuhaaste/web/data-access/discussion';
import { runWithAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import type { Subscription } from 'rxjs';
import { appendComment, contains, mergeComment } from '../utils/merge-comment.util';

export interface OpenOptions {
  /** Open at the page holding this comment (a link to it) instead of the newest page. */
  around?: string | null;
  pageSize: number;
}

/**
 * One thread as a reader sees it: a window of top-level comments (with their
 * replies), paging both ways, and live events. New comments by others wait
 * in `pending` until the reader asks for them, so nothing moves under their
 * eyes; edits, deletions, hides and reaction counts change in place.
 * Provided per page.
 */
@Injectable()
export class ThreadCommentsStore {
  private readonly threadsApi = inject(ThreadsApi);
  private readonly commentsApi = inject(CommentsApi);
  private readonly session = inject(SessionStore);

  readonly thread = signal<Thread | null>(null);
  readonly comments = signal<Comment[]>([]);
  readonly loading = signal(false);
  readonly error = signal<AlertMessage | null>(null);
  /** Older top-level comments exist before the first shown one. */
  readonly hasEarlier = computed(() => this.window().startCursor !== null);
  /** Newer top-level comments exist after the last shown one (opened at an older comment). */
  readonly hasLater = computed(() => this.window().endCursor !== null);
  /** New comments by others, not shown yet. */
  readonly pending = signal<(Comment | Reply)[]>([]);

  private readonly window = signal<{ startCursor: string | null; endCursor: string | null }>({
    startCursor: null,
    endCursor: null,
  });
  private pageSize = 20;
  private events: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.events?.unsubscribe());
  }

  /** Loads the thread and a first page of comments, then follows its live events. */
  async open(threadId: string, options: OpenOptions): Promise<void> {
    this.pageSize = options.pageSize;
    this.events?.unsubscribe();
    this.pending.set([]);
    await this.run(async () => {
      const request = options.around ? { around: options.around, first: this.pageSize } : { last: this.pageSize };
      const [thread, page] = await Promise.all([
        this.threadsApi.thread(threadId),
        this.commentsApi.page(threadId, request),
      ]);
      this.thread.set(thread);
      this.show(page, 'replace');
    });
    if (this.thread()) this.follow(threadId);
  }

  async loadEarlier(): Promise<void> {
    const thread = this.thread();
    const before = this.window().startCursor;
    if (!thread || !before) return;
    await this.run(async () =>
      this.show(await this.commentsApi.page(thread.id, { last: this.pageSize, before }), 'prepend'),
    );
  }

  async loadLater(): Promise<void> {
    const thread = this.thread();
    const after = this.window().endCursor;
    if (!thread || !after) return;
    await this.run(async () =>
      this.show(await this.commentsApi.page(thread.id, { first: this.pageSize, after }), 'append'),
    );
  }

  /** The newest page, with everything that was waiting behind the pill. */
  async jumpToNewest(): Promise<void> {
    const thread = this.thread();
    if (!thread) return;
    this.pending.set([]);
    await this.run(async () => this.show(await this.commentsApi.page(thread.id, { last: this.pageSize }), 'replace'));
  }

  /** Shows the comments waiting behind the pill; when an older page is open, jumps to the newest instead. */
  async showPending(): Promise<void> {
    if (this.hasLater()) return this.jumpToNewest();
    const waiting = this.pending();
    this.pending.set([]);
    this.comments.update((items) => waiting.reduce(appendComment, items));
  }

  /** A comment I wrote or changed: shown at once, wherever it belongs. */
  showMine(comment: Comment | Reply): void {
    this.pending.update((list) => list.filter((c) => c.id !== comment.id));
    if (!comment.parentId && this.hasLater()) {
      void this.jumpToNewest();
      return;
    }
    this.comments.update((items) => appendComment(items, comment));
    this.thread.update((thread) => thread && { ...thread, commentCount: thread.commentCount + 1 });
  }

  /** Replaces a shown comment with a fresher copy (after an edit, deletion or reaction). */
  refresh(comment: Comment | Reply): void {
    this.comments.update((items) => mergeComment(items, comment, this.withheld()));
    this.pending.update((list) => list.map((c) => (c.id === comment.id ? comment : c)));
  }

  /** Changes some fields of a shown comment (after a librarian hid or restored it). */
  patch(id: string, fields: Partial<Reply>): void {
    const shown = this.comments()
      .flatMap((item) => [item, ...item.replies])
      .find((item) => item.id === id);
    if (shown) this.refresh({ ...shown, ...fields });
  }

  /** Applies one live event. */
  apply(event: ThreadEvent): void {
    this.thread.set(event.thread);
    const comment = event.comment;
    if (!comment) return;
    if (event.kind !== 'COMMENT_ADDED') {
      this.refresh(comment);
      return;
    }
    if (contains(this.comments(), comment.id) || this.pending().some((c) => c.id === comment.id)) return;
    if (comment.author?.id === this.session.user()?.id) {
      this.comments.update((items) => appendComment(items, comment));
      return;
    }
    this.pending.update((list) => [...list, comment]);
  }

  private follow(threadId: string): void {
    // A dropped connection only ends the live updates; the page itself stays usable.
    this.events = this.threadsApi
      .events(threadId)
      .subscribe({ next: (event) => this.apply(event), error: () => undefined });
  }

  private withheld(): Set<string> {
    return new Set(this.pending().map((c) => c.id));
  }

  private show(page: CommentsPage, mode: 'replace' | 'prepend' | 'append'): void {
    const nodes = page.edges.map((edge) => edge.node);
    const current = this.window();
    const earlier = page.pageInfo.hasPreviousPage ? (page.pageInfo.startCursor ?? null) : null;
    const later = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    if (mode === 'replace') {
      this.comments.set(nodes);
      this.window.set({ startCursor: earlier, endCursor: later });
    } else if (mode === 'prepend') {
      this.comments.update((items) => [...nodes.filter((n) => !contains(items, n.id)), ...items]);
      this.window.set({ startCursor: earlier, endCursor: current.endCursor });
    } else {
      this.comments.update((items) => [...items, ...nodes.filter((n) => !contains(items, n.id))]);
      this.window.set({ startCursor: current.startCursor, endCursor: later });
    }
  }

  private run(work: () => Promise<void>): Promise<void> {
    return runWithAlert(work, { busy: this.loading, alert: this.error, readError: toApiError });
  }
}
