import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BookCover } from '../book-cover/book-cover.component';

/**
 * One challenge category as a link card: number, title and, when done, the
 * book read for it. Done is said in words and with a tick, not only colour.
 */
@Component({
  selector: 'lh-category-card',
  imports: [RouterLink, BookCover],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="lh-category-card" [class.lh-category-card--done]="done()" [routerLink]="link()">
      <span class="lh-category-card__number" aria-hidden="true">{{ position() }}</span>
      <span class="lh-category-card__body">
        <span class="lh-category-card__title"
          ><span class="cdk-visually-hidden">{{ position() }}. </span>{{ title() }}</span
        >
        @if (done() && bookTitle()) {
          <span class="lh-category-card__book">{{ bookTitle() }}</span>
        }
        <span class="lh-category-card__status">
          @if (done()) {
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
            </svg>
          }
          {{ statusLabel() }}
        </span>
      </span>
      @if (done() && bookTitle()) {
        <lh-book-cover [title]="bookTitle()!" [coverUrl]="coverUrl()" size="small" />
      }
    </a>
  `,
  styles: `
    :host {
      display: block;
    }
    .lh-category-card {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      block-size: 100%;
      box-sizing: border-box;
      padding: 0.875rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      color: inherit;
      text-decoration: none;
      &:hover {
        background: var(--mat-sys-surface-container);
      }
      &:focus-visible {
        outline: 3px solid var(--mat-sys-primary);
        outline-offset: 2px;
      }
    }
    .lh-category-card--done {
      border-color: var(--mat-sys-primary);
      border-inline-start-width: 4px;
    }
    .lh-category-card__number {
      flex: none;
      display: grid;
      place-items: center;
      inline-size: 2.25rem;
      block-size: 2.25rem;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 600;
    }
    .lh-category-card--done .lh-category-card__number {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .lh-category-card__body {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-inline-size: 0;
    }
    .lh-category-card__title {
      font-weight: 500;
    }
    .lh-category-card__book {
      font-family: var(--lh-serif);
      font-style: italic;
      overflow-wrap: anywhere;
    }
    .lh-category-card__status {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      svg {
        inline-size: 1rem;
        fill: var(--mat-sys-primary);
      }
    }
  `,
})
export class CategoryCard {
  readonly position = input.required<number>();
  readonly title = input.required<string>();
  readonly link = input.required<string | readonly unknown[]>();
  readonly done = input(false);
  /** Translated state in words, e.g. "Done" or "To do". */
  readonly statusLabel = input.required<string>();
  readonly bookTitle = input<string | null>(null);
  readonly coverUrl = input<string | null>(null);
}
