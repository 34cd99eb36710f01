import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A warm "you did it" moment for finishing every category; the motion is skipped for those who prefer less. */
@Component({
  selector: 'lh-celebration',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status' },
  template: `
    <svg class="lh-celebration__burst" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      @for (ray of rays; track ray) {
        <line x1="32" y1="6" x2="32" y2="14" [attr.transform]="'rotate(' + ray + ' 32 32)'" />
      }
      <path
        class="lh-celebration__star"
        d="M32 18l4.1 8.6 9.4 1.2-6.9 6.5 1.8 9.3L32 39l-8.4 4.6 1.8-9.3-6.9-6.5 9.4-1.2z"
      />
    </svg>
    <div>
      <h2 class="lh-celebration__heading">{{ heading() }}</h2>
      <p>{{ message() }}</p>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding: 1rem 1.25rem;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      animation: lh-celebrate 700ms ease-out both;
    }
    .lh-celebration__burst {
      flex: none;
      inline-size: 4rem;
      stroke: currentColor;
      stroke-width: 3;
      stroke-linecap: round;
      animation: lh-spin 1.2s ease-out both;
    }
    .lh-celebration__star {
      fill: currentColor;
      stroke: none;
    }
    .lh-celebration__heading {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-large);
    }
    p {
      margin: 0;
    }
    @keyframes lh-celebrate {
      from {
        transform: scale(0.9);
        opacity: 0;
      }
    }
    @keyframes lh-spin {
      from {
        transform: rotate(-90deg) scale(0.5);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      :host,
      .lh-celebration__burst {
        animation: none;
      }
    }
  `,
})
export class Celebration {
  readonly heading = input.required<string>();
  readonly message = input.required<string>();

  protected readonly rays = [0, 45, 90, 135, 180, 225, 270, 315];
}
