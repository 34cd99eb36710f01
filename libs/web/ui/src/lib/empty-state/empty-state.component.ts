import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A friendly "nothing here yet" block: a heading, a sentence and usually one action (projected). */
@Component({
  selector: 'lh-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg class="lh-empty-state__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d="M8 10h12a4 4 0 0 1 4 4v24a3 3 0 0 0-3-3H8zM40 10H28a4 4 0 0 0-4 4v24a3 3 0 0 1 3-3h13z" />
    </svg>
    @switch (level()) {
      @case (2) {
        <h2 class="lh-empty-state__heading">{{ heading() }}</h2>
      }
      @default {
        <h3 class="lh-empty-state__heading">{{ heading() }}</h3>
      }
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.5rem;
      padding: 2rem 1rem;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .lh-empty-state__icon {
      inline-size: 3rem;
      fill: none;
      stroke: var(--mat-sys-primary);
      stroke-width: 2;
      stroke-linejoin: round;
    }
    .lh-empty-state__heading {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class EmptyState {
  readonly heading = input.required<string>();
  /** Heading level that fits the page's outline. */
  readonly level = input<2 | 3>(2);
}
