import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { askModerationReason } from './ask-moderation-reason';
import type { CommentModerationRequest } from './moderation-events';

/** The parts of a comment the menu reads. */
export interface ModeratableComment {
  id: string;
  hiddenAt?: string | null;
  author?: { displayName: string } | null;
}

/** A librarian's hide/restore action on one comment, asking for the reason the author and the audit log get. */
@Component({
  selector: 'lh-comment-moderation-menu',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-button type="button" [disabled]="busy()" (click)="toggle()">
      {{ (comment().hiddenAt ? 'moderation.comment.restore' : 'moderation.comment.hide') | transloco }}
      @if (comment().author; as author) {
        <span class="cdk-visually-hidden">{{
          'moderation.comment.byAuthor' | transloco: { name: author.displayName }
        }}</span>
      }
    </button>
  `,
  styles: `
    :host {
      display: inline-block;
    }
  `,
})
export class CommentModerationMenu {
  private readonly dialog = inject(MatDialog);
  readonly comment = input.required<ModeratableComment>();
  /** While the host's API call runs. */
  readonly busy = input(false);
  readonly moderate = output<CommentModerationRequest>();

  protected async toggle(): Promise<void> {
    const comment = this.comment();
    const action = comment.hiddenAt ? 'RESTORE' : 'HIDE';
    const reason = await askModerationReason(this.dialog, {
      titleKey: `moderation.comment.${action === 'HIDE' ? 'hideTitle' : 'restoreTitle'}`,
      submitKey: `moderation.comment.${action === 'HIDE' ? 'hide' : 'restore'}`,
    });
    if (reason !== undefined) this.moderate.emit({ commentId: comment.id, action, reason });
  }
}
