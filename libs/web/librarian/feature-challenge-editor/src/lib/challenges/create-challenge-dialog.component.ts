import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHALLENGE_TITLE_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import { LibrarianChallengesApi, type EditorChallenge } from '@lukuhaaste/web/data-access/librarian';
import { FormAlert, formSubmission } from '@lukuhaaste/web/ui';
import { librarianErrorMessage } from '../shared/librarian-error-message';
import { localizedTextForm, toLocalizedInput } from '../shared/localized-text-form';
import { LocalizedTextFields } from '../ui/localized-text-fields.component';

export interface CreateChallengeDialogData {
  year: number;
}

/** Creates a draft challenge (year and title) and closes with it, so the caller can open the editor. */
@Component({
  selector: 'lh-create-challenge-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    LocalizedTextFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'librarian.create.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <lh-form-alert [message]="submission.alert()" />
        <mat-form-field appearance="outline">
          <mat-label>{{ 'librarian.create.year' | transloco }}</mat-label>
          <input matInput type="number" formControlName="year" min="2000" max="2100" required />
        </mat-form-field>
        <lh-localized-text-fields
          [form]="form.controls.title"
          labelKey="librarian.create.name"
          idPrefix="lh-create-title"
          [required]="true"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'librarian.common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ 'librarian.create.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class CreateChallengeDialog {
  private readonly api = inject(LibrarianChallengesApi);
  private readonly dialogRef = inject<MatDialogRef<CreateChallengeDialog, EditorChallenge>>(MatDialogRef);
  private readonly data = inject<CreateChallengeDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    year: new FormControl(this.data.year, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(2000), Validators.max(2100)],
    }),
    title: localizedTextForm({ maxLength: CHALLENGE_TITLE_MAX_LENGTH, required: true }),
  });
  protected readonly submission = formSubmission(this.form, toApiError, librarianErrorMessage);

  protected submit(): Promise<void> {
    return this.submission.submit(async () => {
      const { year, title } = this.form.getRawValue();
      this.dialogRef.close(await this.api.create({ year, title: toLocalizedInput(title) }));
    });
  }
}
