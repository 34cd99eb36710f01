import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { ChallengesApi, type CategoryRead, type CategoryReadsPage } from '@lukuhaaste/web/data-access/reading';
import { type AlertMessage, apiErrorMessage, FormAlert, openDialog } from '@lukuhaaste/web/ui';
import { BookCover, EmptyState } from '@lukuhaaste/web/ui/challenges';
import type { FlagBookDialog, FlagBookDialogData } from './flag-book-dialog.component';

export const CATEGORY_READS_PAGE_SIZE = 10;

/** "What others read" for one category: most-logged first, a page at a time. */
@Component({
  selector: 'lh-category-reads',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, BookCover, EmptyState, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lh-form-alert [message]="error()" />
    <p class="lh-category-reads__notice" role="status">
      @if (flagSent()) {
        {{ 'flagBook.thanks' | transloco }}
      }
    </p>
    @if (reads().length > 0) {
      <ol class="lh-category-reads">
        @for (read of reads(); track read.book.id) {
          <li>
            <lh-book-cover [title]="read.book.title" [coverUrl]="read.book.coverUrl" size="small" />
            <span class="lh-category-reads__book">
              <cite>{{ read.book.title }}</cite>
              @if (read.book.authors.length) {
                <span>{{ read.book.authors.join(', ') }}</span>
              }
              @if (session.isLoggedIn()) {
                <button
                  mat-button
                  type="button"
                  class="lh-category-reads__flag"
                  [attr.aria-label]="'flagBook.openFor' | transloco: { title: read.book.title }"
                  (click)="flag(read)"
                >
                  {{ 'flagBook.open' | transloco }}
                </button>
              }
            </span>
            <span class="lh-category-reads__count">{{
              'category.readers' | transloco: { count: read.readerCount }
            }}</span>
          </li>
        }
      </ol>
    } @else if (!loading() && !error()) {
      <lh-empty-state [heading]="'category.othersEmptyTitle' | transloco" [level]="3">
        <p>{{ 'category.othersEmpty' | transloco }}</p>
      </lh-empty-state>
    }
    @if (loading()) {
      <div role="status">
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'challenge.loading' | transloco" />
      </div>
    } @else if (endCursor()) {
      <button mat-stroked-button type="button" (click)="loadMore()">{{ 'category.loadMore' | transloco }}</button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      align-items: flex-start;
    }
    .lh-category-reads {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      inline-size: 100%;
      box-sizing: border-box;
      margin: 0;
      padding-inline-start: 1.75rem;
      li {
        display: flex;
        gap: 0.75rem;
        align-items: center;
      }
      li::marker {
        font-weight: 600;
      }
    }
    .lh-category-reads__book {
      display: flex;
      flex: 1;
      flex-direction: column;
      min-inline-size: 0;
      cite {
        font-family: var(--lh-serif);
        font-style: normal;
        overflow-wrap: anywhere;
      }
    }
    .lh-category-reads__flag {
      align-self: flex-start;
      margin-inline-start: -0.75rem;
    }
    .lh-category-reads__notice:empty {
      display: none;
    }
    .lh-category-reads__count {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
  `,
})
export class CategoryReads {
  readonly categoryId = input.required<string>();

  private readonly challenges = inject(ChallengesApi);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionStore);
  protected readonly flagSent = signal(false);

  /**
   * The first page. A server render's travels in the page, so hydration
   * starts from the list already shown instead of clearing it to load it again
   * (which moved everything below it up and back down).
   */
  private readonly firstPage = resource({
    id: 'category-reads',
    params: () => ({ categoryId: this.categoryId() }),
    loader: ({ params }) => this.challenges.categoryReads(params.categoryId, CATEGORY_READS_PAGE_SIZE),
  });
  /** Pages added with "Load more"; a new category starts without any. */
  private readonly morePages = linkedSignal<string, CategoryReadsPage[]>({
    source: this.categoryId,
    computation: () => [],
  });
  private readonly loadingMore = signal(false);
  /** Why the last "Load more" failed; a new category starts without it. */
  private readonly loadMoreError = linkedSignal<string, AlertMessage | null>({
    source: this.categoryId,
    computation: () => null,
  });

  private readonly pages = computed(() => {
    const first = this.firstPage.hasValue() ? this.firstPage.value() : null;
    return first ? [first, ...this.morePages()] : [];
  });
  protected readonly reads = computed(() => this.pages().flatMap((page) => page.edges.map((edge) => edge.node)));
  /** Where the next page starts; null when there is no next page. */
  protected readonly endCursor = computed(() => {
    const last = this.pages().at(-1)?.pageInfo;
    return last?.hasNextPage ? (last.endCursor ?? null) : null;
  });
  protected readonly loading = computed(() => this.firstPage.isLoading() || this.loadingMore());
  protected readonly error = computed(() => {
    const error = this.firstPage.error();
    return error ? apiErrorMessage(toApiError(error)) : this.loadMoreError();
  });

  /** Opens the "wrong details" report for a book; thanks the patron once it is sent. */
  protected async flag(read: CategoryRead): Promise<void> {
    const sent = await openDialog<FlagBookDialog, FlagBookDialogData, boolean>(
      this.injector,
      () => import('./flag-book-dialog.component').then((m) => m.FlagBookDialog),
      { data: { bookId: read.book.id, title: read.book.title }, width: '30rem' },
    );
    this.flagSent.set(sent === true);
  }

  protected async loadMore(): Promise<void> {
    const categoryId = this.categoryId();
    this.loadingMore.set(true);
    this.loadMoreError.set(null);
    try {
      const page = await this.challenges.categoryReads(categoryId, CATEGORY_READS_PAGE_SIZE, this.endCursor());
      if (categoryId !== this.categoryId()) return; // the patron moved on to another category
      this.morePages.update((pages) => [...pages, page]);
    } catch (error) {
      this.loadMoreError.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.loadingMore.set(false);
    }
  }
}
