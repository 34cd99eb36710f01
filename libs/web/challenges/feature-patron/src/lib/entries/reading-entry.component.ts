import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { RATING_MAX, type Locale } from '@lukuhaaste/shared/util-rules';
import type { ReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { dateTimeFormat } from '@lukuhaaste/web/ui';
import { BookCover } from '@lukuhaaste/web/ui/challenges';

/** One of my logged books with its details and edit / remove buttons named after the book. */
@Component({
  selector: 'lh-reading-entry',
  imports: [MatButtonModule, TranslocoPipe, BookCover],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lh-book-cover [title]="entry().book.title" [coverUrl]="entry().book.coverUrl" />
    <div class="lh-reading-entry__body">
      <cite class="lh-reading-entry__title">{{ entry().book.title }}</cite>
      @if (entry().book.authors.length) {
        <span>{{ entry().book.authors.join(', ') }}</span>
      }
      <span class="lh-reading-entry__meta">
        {{ 'formats.' + entry().format | transloco }} · {{ 'entry.finishedOn' | transloco: { date: finishedOn() } }}
      </span>
      @if (entry().rating) {
        <span class="lh-reading-entry__meta">{{
          'rating.value' | transloco: { rating: entry().rating, max: ratingMax }
        }}</span>
      }
      @if (entry().review) {
        <p class="lh-reading-entry__review">{{ entry().review }}</p>
      }
      @if (entry().containsSpoilers) {
        <span class="lh-reading-entry__meta">{{ 'entry.spoilers' | transloco }}</span>
      }
      <span class="lh-reading-entry__actions">
        <button
          mat-stroked-button
          type="button"
          [attr.aria-label]="'entry.editNamed' | transloco: { title: entry().book.title }"
          (click)="edit.emit()"
        >
          {{ 'entry.edit' | transloco }}
        </button>
        <button
          mat-button
          type="button"
          [attr.aria-label]="'entry.removeNamed' | transloco: { title: entry().book.title }"
          (click)="remove.emit()"
        >
          {{ 'entry.remove' | transloco }}
        </button>
      </span>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
    }
    .lh-reading-entry__body {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-inline-size: 0;
    }
    .lh-reading-entry__title {
      font-family: var(--lh-serif);
      font-size: 1.125rem;
      font-style: normal;
      overflow-wrap: anywhere;
    }
    .lh-reading-entry__meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .lh-reading-entry__review {
      margin: 0.25rem 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .lh-reading-entry__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 0.25rem;
    }
  `,
})
export class ReadingEntryView {
  readonly entry = input.required<ReadingEntry>();
  readonly locale = input.required<Locale>();
  readonly edit = output<void>();
  readonly remove = output<void>();

  protected readonly ratingMax = RATING_MAX;
  // A calendar date: its UTC midnight falls on the same day in Helsinki, so the shared date formatter serves.
  protected readonly finishedOn = computed(() =>
    dateTimeFormat(this.locale(), 'date').format(new Date(`${this.entry().finishedOn}T00:00:00Z`)),
  );
}
