import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A short status word (pinned, locked, hidden, edited) shown as a pill; the word itself carries the meaning, not the colour. */
@Component({
  selector: 'lh-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': "'lh-badge lh-badge--' + tone()" },
  template: `<ng-content />`,
  styles: `
    :host {
      display: inline-block;
      padding: 0.0625rem 0.5rem;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.lh-badge--warn) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.lh-badge--quiet) {
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      padding-inline: 0;
    }
  `,
})
export class Badge {
  readonly tone = input<'info' | 'warn' | 'quiet'>('info');
}
