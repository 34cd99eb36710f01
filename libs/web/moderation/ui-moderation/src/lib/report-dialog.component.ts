import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FieldError } from '@lukuhaaste/shared/util-rules';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  maxLengthRule,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { REPORT_NOTE_MAX_LENGTH } from './moderation-limits';

export const REPORT_REASONS = ['SPAM', 'OFFENSIVE', 'SPOILER', 'OFF_TOPIC', 'OTHER'] as const;
export type ReportReasonChoice = (typeof REPORT_REASONS)[number];

export interface ReportChoice {
  reason: ReportReasonChoice;
  note: string | null;
}

export interface ReportDialogData {
  target: 'COMMENT' | 'SUGGESTION';
  /**
   * Sends the report (the opener calls ModerationApi.report). It rejects with
   * the app's ApiError, whose code and fields the dialog shows in place.
   */
  send: (choice: ReportChoice) => Promise<unknown>;
}

interface SendFailure {
  code: string;
  retryAfterSeconds?: number;
  fields?: readonly FieldError[];
}

/** A patron reports a comment or a suggestion to the librarians; closes with true once the report is filed. */
@Component({
  selector: 'lh-report-dialog',
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
    <h2 mat-dialog-title>{{ 'moderation.report.title.' + data.target | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="lh-report">
        <lh-form-alert [message]="error()" />
        <p id="lh-report-reason">{{ 'moderation.report.reason' | transloco }}</p>
        <mat-radio-group formControlName="reason" class="lh-report__reasons" aria-labelledby="lh-report-reason">
          @for (reason of reasons; track reason) {
            <mat-radio-button [value]="reason">{{ 'moderation.reasons.' + reason | transloco }}</mat-radio-button>
          }
        </mat-radio-group>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'moderation.report.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3"></textarea>
          <mat-hint>{{ 'moderation.report.noteHint' | transloco }}</mat-hint>
          <mat-error><lh-field-error [error]="problem(form.controls.note)" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'moderation.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'moderation.report.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lh-report {
      display: flex;
      flex-direction: column;
    }
    .lh-report__reasons {
      display: flex;
      flex-direction: column;
      margin-block-end: 1rem;
    }
  `,
})
export class ReportDialog {
  private readonly dialogRef = inject<MatDialogRef<ReportDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<ReportDialogData>(MAT_DIALOG_DATA);
  protected readonly reasons = REPORT_REASONS;
  protected readonly problem = fieldProblem;
  protected readonly form = new FormGroup({
    reason: new FormControl<ReportReasonChoice | null>(null, { validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [maxLengthRule(REPORT_NOTE_MAX_LENGTH)] }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);

  protected async submit(): Promise<void> {
    this.error.set(null);
    const { reason, note } = this.form.getRawValue();
    if (!reason) {
      this.error.set({ key: 'moderation.report.pickReason' });
      return;
    }
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.data.send({ reason, note: note.trim() || null });
      this.dialogRef.close(true);
    } catch (error) {
      const failure = error as SendFailure;
      applyServerFieldErrors(this.form, failure.fields ?? []);
      this.error.set(failure.code === 'CONFLICT' ? { key: 'moderation.report.already' } : apiErrorMessage(failure));
    } finally {
      this.busy.set(false);
    }
  }
}
