import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * "3 new comments": new comments by others wait behind this button instead
 * of moving the page under the reader. The live region stays in the DOM so
 * screen readers announce the count politely when it changes.
 */
@Component({
  selector: 'lh-new-comments-pill',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div aria-live="polite" class="lh-pill">
      @if (count() > 0) {
        <button mat-flat-button type="button" (click)="show.emit()">
          {{ 'discussion.thread.newComments' | transloco: { count: count() } }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      position: sticky;
      align-self: stretch;
      inset-block-end: 1rem;
      display: flex;
      justify-content: center;
      pointer-events: none;
      z-index: 1;
    }
    .lh-pill button {
      pointer-events: auto;
      border-radius: 999px;
      box-shadow: var(--mat-sys-level2);
    }
  `,
})
export class NewCommentsPill {
  readonly count = input.required<number>();
  readonly show = output<void>();
}
