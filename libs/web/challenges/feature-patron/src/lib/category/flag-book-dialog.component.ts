import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { BOOK_FLAG_NOTE_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import { ReadingApi, type BookFlagReason } from '@lukuhaaste/web/data-access/reading';
import {
  apiErrorMessage,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  formSubmission,
  maxLengthRule,
  type SubmitError,
} from '@lukuhaaste/web/ui';

export interface FlagBookDialogData {
  bookId: string;
  title: string;
}

const REASONS: readonly BookFlagReason[] = ['WRONG_TITLE', 'WRONG_AUTHOR', 'WRONG_ISBN', 'DUPLICATE', 'OTHER'];

/** A patron tells the librarians a catalogue book's details are wrong; closes with true once sent. */
@Component({
  selector: 'lh-flag-book-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'flagBook.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="lh-flag-book">
        <p>
          <cite>{{ data.title }}</cite>
        </p>
        <lh-form-alert [message]="submission.alert()" />
        <mat-radio-group
          formControlName="reason"
          class="lh-flag-book__reasons"
          [attr.aria-label]="'flagBook.reason' | transloco"
        >
          @for (reason of reasons; track reason) {
            <mat-radio-button [value]="reason">{{ 'flagBook.reasons.' + reason | transloco }}</mat-radio-button>
          }
        </mat-radio-group>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'flagBook.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3"></textarea>
          <mat-hint>{{ 'flagBook.noteHint' | transloco }}</mat-hint>
          <mat-error><lh-field-error [error]="problem(form.controls.note)" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'flagBook.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ 'flagBook.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lh-flag-book__reasons {
      display: flex;
      flex-direction: column;
      margin-block-end: 1rem;
    }
    cite {
      font-family: var(--lh-serif);
      font-style: normal;
      overflow-wrap: anywhere;
    }
  `,
})
export class FlagBookDialog {
  private readonly api = inject(ReadingApi);
  private readonly dialogRef = inject<MatDialogRef<FlagBookDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<FlagBookDialogData>(MAT_DIALOG_DATA);
  protected readonly reasons = REASONS;
  protected readonly problem = fieldProblem;

  protected readonly form = new FormGroup({
    reason: new FormControl<BookFlagReason>('WRONG_TITLE', { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [maxLengthRule(BOOK_FLAG_NOTE_MAX_LENGTH)] }),
  });
  protected readonly submission = formSubmission(this.form, toApiError, (error: SubmitError) =>
    error.code === 'CONFLICT' ? { key: 'flagBook.alreadyReported' } : apiErrorMessage(error),
  );

  protected submit(): Promise<void> {
    return this.submission.submit(async () => {
      const { reason, note } = this.form.getRawValue();
      await this.api.flagBook(this.data.bookId, reason, note.trim() || null);
      this.dialogRef.close(true);
    });
  }
}
