import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';

/** Calm spine colours from the theme's palette; picked from the title so a book keeps its colour. */
const SPINE_COLOURS = ['#2f6f73', '#8a5a2b', '#51607a', '#7a3f52', '#4f6b3a', '#6b4f8a'];

/**
 * A book's cover, or a coloured spine with its title when there is no cover
 * (or it fails to load). Decorative: the title is always given as text nearby.
 */
@Component({
  selector: 'lh-book-cover',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[class]': "'lh-book-cover lh-book-cover--' + size()" },
  template: `
    @if (coverUrl() && !failed()) {
      <img [src]="coverUrl()" alt="" loading="lazy" (error)="failed.set(true)" />
    } @else {
      <span class="lh-book-cover__spine" [style.background-color]="colour()">{{ title() }}</span>
    }
  `,
  styles: `
    :host {
      display: block;
      flex: none;
      aspect-ratio: 2 / 3;
      border-radius: 2px 6px 6px 2px;
      overflow: hidden;
      box-shadow: var(--mat-sys-level1);
    }
    :host(.lh-book-cover--small) {
      inline-size: 2.5rem;
    }
    :host(.lh-book-cover--medium) {
      inline-size: 5rem;
    }
    img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .lh-book-cover__spine {
      display: flex;
      align-items: center;
      justify-content: center;
      block-size: 100%;
      padding: 0.25rem;
      box-sizing: border-box;
      border-inline-start: 4px solid rgb(0 0 0 / 25%);
      color: #fff;
      font-family: var(--lh-serif);
      font-size: 0.6rem;
      line-height: 1.2;
      text-align: center;
      overflow: hidden;
      overflow-wrap: anywhere;
    }
    :host(.lh-book-cover--small) .lh-book-cover__spine {
      font-size: 0;
    }
  `,
})
export class BookCover {
  readonly title = input.required<string>();
  readonly coverUrl = input<string | null | undefined>(null);
  readonly size = input<'small' | 'medium'>('medium');

  protected readonly failed = signal(false);
  protected readonly colour = computed(() => SPINE_COLOURS[hash(this.title()) % SPINE_COLOURS.length]);
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return value;
}
