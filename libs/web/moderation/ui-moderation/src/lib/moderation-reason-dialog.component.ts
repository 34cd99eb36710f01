import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorMessage, fieldProblem, lhValidators, maxLengthRule } from '@lukuhaaste/web/ui';
import { MODERATION_REASON_MAX_LENGTH } from './moderation-limits';

export interface ModerationReasonDialogData {
  /** Translation key of the dialog's title, e.g. `moderation.comment.hideTitle`. */
  titleKey: string;
  /** Translation key of the confirming button. */
  submitKey: string;
  /** Unsuspending may go without a reason; everything else the audit log records one for. */
  optional?: boolean;
}

/** Asks a librarian why (for the audit log and the author); closes with the trimmed reason, or nothing when cancelled. */
@Component({
  selector: 'lh-moderation-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline" class="lh-reason-field">
          <mat-label>{{
            (data.optional ? 'moderation.reason.optionalLabel' : 'moderation.reason.label') | transloco
          }}</mat-label>
          <textarea matInput formControlName="reason" rows="2" cdkFocusInitial [required]="!data.optional"></textarea>
          <mat-hint>{{ 'moderation.reason.hint' | transloco }}</mat-hint>
          <mat-error><lh-field-error [error]="problem(form.controls.reason)" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'moderation.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ data.submitKey | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lh-reason-field {
      inline-size: 100%;
    }
  `,
})
export class ModerationReasonDialog {
  private readonly dialogRef = inject<MatDialogRef<ModerationReasonDialog, string>>(MatDialogRef);
  protected readonly data = inject<ModerationReasonDialogData>(MAT_DIALOG_DATA);
  protected readonly problem = fieldProblem;
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [...(this.data.optional ? [] : [lhValidators.required]), maxLengthRule(MODERATION_REASON_MAX_LENGTH)],
    }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close(this.form.controls.reason.value.trim());
  }
}
