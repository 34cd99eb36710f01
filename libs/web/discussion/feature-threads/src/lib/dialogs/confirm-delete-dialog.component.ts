import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Delete this comment?" — closes with true to delete. */
@Component({
  selector: 'lh-confirm-delete-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'discussion.delete.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'discussion.delete.text' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'discussion.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        {{ 'discussion.delete.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDeleteDialog {}
