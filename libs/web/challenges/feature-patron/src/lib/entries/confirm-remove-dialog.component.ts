import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'lh-confirm-remove-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'entry.removeTitle' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'entry.removeBody' | transloco: { title: data.title } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'entry.removeCancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">{{ 'entry.removeConfirm' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class ConfirmRemoveDialog {
  protected readonly data = inject<{ title: string }>(MAT_DIALOG_DATA);
}
