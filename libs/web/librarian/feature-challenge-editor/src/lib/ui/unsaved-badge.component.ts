import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Marks a form whose edits are not saved yet; the dot is decoration, the words carry the meaning. */
@Component({
  selector: 'lh-unsaved-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span aria-hidden="true">●</span> {{ 'librarian.common.unsaved' | transloco }}`,
  styles: `
    :host {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-tertiary);
    }
  `,
})
export class UnsavedBadge {}
