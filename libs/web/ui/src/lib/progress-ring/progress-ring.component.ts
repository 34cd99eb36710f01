import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * Progress as a ring with "12 / 50" in the middle: the count is real text, so it
 * reads the same to everyone, and the ring is decoration on top of it.
 */
@Component({
  selector: 'lh-progress-ring',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'progressbar',
    '[attr.aria-label]': 'label()',
    'aria-valuemin': '0',
    '[attr.aria-valuemax]': 'total()',
    '[attr.aria-valuenow]': 'shown()',
    '[attr.aria-valuetext]': 'text()',
    '[class.lh-progress-ring--complete]': 'complete()',
  },
  template: `
    <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle class="lh-progress-ring__track" cx="60" cy="60" [attr.r]="radius" />
      <circle
        class="lh-progress-ring__value"
        cx="60"
        cy="60"
        [attr.r]="radius"
        [attr.stroke-dasharray]="circumference"
        [attr.stroke-dashoffset]="offset()"
      />
    </svg>
    <span class="lh-progress-ring__text">{{ text() }}</span>
  `,
  styles: `
    :host {
      position: relative;
      display: inline-grid;
      place-items: center;
      inline-size: var(--lh-progress-ring-size, 9rem);
      aspect-ratio: 1;
    }
    svg {
      position: absolute;
      inset: 0;
      transform: rotate(-90deg);
    }
    circle {
      fill: none;
      stroke-width: 10;
    }
    .lh-progress-ring__track {
      stroke: var(--mat-sys-surface-container-highest);
    }
    .lh-progress-ring__value {
      stroke: var(--mat-sys-primary);
      stroke-linecap: round;
      transition: stroke-dashoffset 600ms ease-out;
    }
    :host(.lh-progress-ring--complete) .lh-progress-ring__value {
      stroke: var(--mat-sys-tertiary);
    }
    .lh-progress-ring__text {
      font: var(--mat-sys-headline-small);
      font-weight: 600;
    }
    @media (prefers-reduced-motion: reduce) {
      .lh-progress-ring__value {
        transition: none;
      }
    }
  `,
})
export class ProgressRing {
  readonly completed = input.required<number>();
  readonly total = input.required<number>();
  /** Accessible name, e.g. "Your progress". */
  readonly label = input.required<string>();

  protected readonly radius = RADIUS;
  protected readonly circumference = CIRCUMFERENCE;
  protected readonly shown = computed(() => Math.max(0, Math.min(this.completed(), this.total())));
  protected readonly complete = computed(() => this.total() > 0 && this.shown() === this.total());
  protected readonly text = computed(() => `${this.shown()} / ${this.total()}`);
  protected readonly offset = computed(
    () => CIRCUMFERENCE * (1 - (this.total() > 0 ? this.shown() / this.total() : 0)),
  );
}
