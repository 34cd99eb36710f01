import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Flags a blank translation; the field's own label says which language. */
@Component({
  selector: 'lh-translation-missing-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="lh-missing"
    ><span aria-hidden="true">⚠</span> {{ 'librarian.translationMissing' | transloco }}</span
  >`,
  styles: `
    .lh-missing {
      display: inline-flex;
      gap: 0.3em;
      padding: 0 0.5rem;
      border-radius: 4px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
  `,
})
export class TranslationMissingBadge {}
