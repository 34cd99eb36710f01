import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CatalogueBook } from '@lukuhaaste/web/data-access/librarian';

/** A book as librarians tell duplicates apart: title, authors, ISBN, year and language. */
@Component({
  selector: 'lh-book-summary',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cite class="lh-book-summary__title">{{ book().title }}</cite>
    <span class="lh-book-summary__details">
      {{ book().authors.join(', ') }}
      @if (book().isbn13; as isbn) {
        · {{ 'librarian.catalogue.fields.isbn' | transloco }} {{ isbn }}
      }
      @if (book().publishedYear; as year) {
        · {{ year }}
      }
      @if (book().language; as language) {
        · {{ language }}
      }
    </span>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
    }
    .lh-book-summary__title {
      font-family: var(--lh-serif);
      font-style: normal;
      font-size: 1.05rem;
      overflow-wrap: anywhere;
    }
    .lh-book-summary__details {
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
  `,
})
export class BookSummary {
  readonly book = input.required<CatalogueBook>();
}
