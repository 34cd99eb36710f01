import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChallengeStatus } from '@lukuhaaste/web/data-access/librarian';

const SYMBOLS: Record<ChallengeStatus, string> = { DRAFT: '✎', PUBLISHED: '●', ARCHIVED: '▣' };

/** A challenge's status as a word with a symbol, so colour is never the only signal. */
@Component({
  selector: 'lh-challenge-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="lh-status-chip" [class]="'lh-status-chip lh-status-chip--' + status().toLowerCase()"
    ><span aria-hidden="true">{{ symbols[status()] }}</span> {{ 'librarian.status.' + status() | transloco }}</span
  >`,
  styles: `
    .lh-status-chip {
      display: inline-flex;
      gap: 0.35em;
      align-items: center;
      padding: 0.1rem 0.6rem;
      border-radius: 999px;
      border: 1px solid currentColor;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .lh-status-chip--draft {
      color: var(--mat-sys-on-surface-variant);
    }
    .lh-status-chip--published {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .lh-status-chip--archived {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container-high);
    }
  `,
})
export class ChallengeStatusChip {
  readonly status = input.required<ChallengeStatus>();
  protected readonly symbols = SYMBOLS;
}
