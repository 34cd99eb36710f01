import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Comment } from '@lukuhaaste/web/data-access/discussion';
import { RATING_MAX } from '@lukuhaaste/shared/util-rules';
import { BookCover } from '@lukuhaaste/web/ui/challenges';

/** The book a comment is about: cover or spine, title, authors, the reader's rating and a way to what others read. */
@Component({
  selector: 'lh-comment-book',
  imports: [RouterLink, TranslocoPipe, BookCover],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lh-book-cover [title]="book().title" [coverUrl]="book().coverUrl" size="small" />
    <span class="lh-comment-book__text">
      <cite>{{ book().title }}</cite>
      @if (book().authors.length) {
        <span>{{ book().authors.join(', ') }}</span>
      }
      @if (rating(); as rating) {
        <span>{{ 'rating.value' | transloco: { rating: rating, max: ratingMax } }}</span>
      }
      @if (readsLink(); as link) {
        <a [routerLink]="link">{{ 'discussion.book.othersRead' | transloco }}</a>
      }
    </span>
  `,
  styles: `
    :host {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      padding: 0.5rem;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .lh-comment-book__text {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      min-inline-size: 0;
      cite {
        font-family: var(--lh-serif);
        font-style: normal;
        overflow-wrap: anywhere;
      }
      a {
        color: var(--mat-sys-primary);
      }
    }
  `,
})
export class CommentBook {
  readonly book = input.required<NonNullable<Comment['book']>>();
  readonly rating = input<number | null>(null);
  /** The category page of the thread, when the thread belongs to a category. */
  readonly readsLink = input<string[] | null>(null);
  protected readonly ratingMax = RATING_MAX;
}
