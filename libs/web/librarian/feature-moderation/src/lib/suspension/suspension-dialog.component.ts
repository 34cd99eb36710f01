import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { ModerationApi, type ModeratedUser } from '@lukuhaaste/web/data-access/moderation';
import { MODERATION_REASON_MAX_LENGTH } from '@lukuhaaste/web/moderation/ui-moderation';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  DateTimePipe,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  lhValidators,
  maxLengthRule,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { startWith } from 'rxjs';
import { suspensionUntil, type SuspensionPreset } from './suspension-until.util';

export interface SuspensionDialogData {
  user: { id: string; displayName: string };
}

const PRESETS: readonly SuspensionPreset[] = ['day', 'week', 'month', 'custom'];

/** Suspends a user for a while (presets or a date) with a reason they will see; closes with the updated user. */
@Component({
  selector: 'lh-suspension-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslocoPipe,
    DateTimePipe,
    FormAlert,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'moderation.suspend.title' | transloco: { name: data.user.displayName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="lh-suspend">
        <p>{{ 'moderation.suspend.intro' | transloco }}</p>
        <lh-form-alert [message]="error()" />
        <p id="lh-suspend-duration">{{ 'moderation.suspend.duration' | transloco }}</p>
        <mat-radio-group formControlName="preset" class="lh-suspend__presets" aria-labelledby="lh-suspend-duration">
          @for (preset of presets; track preset) {
            <mat-radio-button [value]="preset">{{
              'moderation.suspend.presets.' + preset | transloco
            }}</mat-radio-button>
          }
        </mat-radio-group>
        @if (values().preset === 'custom') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'moderation.suspend.until' | transloco }}</mat-label>
            <input matInput type="date" formControlName="date" required />
            <mat-hint>{{ 'moderation.suspend.untilHint' | transloco }}</mat-hint>
          </mat-form-field>
        }
        <p class="lh-suspend__ends" aria-live="polite">
          @if (until(); as until) {
            {{ 'moderation.suspend.endsAt' | transloco: { date: until | lhDateTime: language.locale() } }}
          } @else if (showDateProblem()) {
            <span class="lh-suspend__problem">{{ 'moderation.suspend.notFuture' | transloco }}</span>
          }
        </p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'moderation.suspend.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="2" required></textarea>
          <mat-hint>{{ 'moderation.suspend.reasonHint' | transloco }}</mat-hint>
          <mat-error><lh-field-error [error]="problem(form.controls.reason)" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'moderation.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'moderation.suspend.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lh-suspend {
      display: flex;
      flex-direction: column;
    }
    .lh-suspend__presets {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-block-end: 0.5rem;
    }
    .lh-suspend__ends {
      min-block-size: 1.5em;
      margin-block: 0 1rem;
    }
    .lh-suspend__problem {
      color: var(--mat-sys-error);
    }
  `,
})
export class SuspensionDialog {
  private readonly api = inject(ModerationApi);
  private readonly dialogRef = inject<MatDialogRef<SuspensionDialog, ModeratedUser>>(MatDialogRef);
  protected readonly data = inject<SuspensionDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageStore);
  protected readonly presets = PRESETS;
  protected readonly problem = fieldProblem;

  protected readonly form = new FormGroup({
    preset: new FormControl<SuspensionPreset>('week', { nonNullable: true }),
    date: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [lhValidators.required, maxLengthRule(MODERATION_REASON_MAX_LENGTH)],
    }),
  });
  protected readonly values = toSignal(this.form.valueChanges.pipe(startWith(this.form.value)), {
    initialValue: this.form.value,
  });
  /** Recomputed as the librarian changes the duration, so they see the end before confirming. */
  protected readonly until = computed(() => {
    const { preset, date } = this.values();
    return suspensionUntil(preset ?? 'week', date ?? null);
  });
  private readonly submitted = signal(false);
  protected readonly showDateProblem = computed(
    () => this.values().preset === 'custom' && (this.submitted() || !!this.values().date),
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);

  protected async submit(): Promise<void> {
    this.error.set(null);
    this.submitted.set(true);
    const until = this.until();
    if (this.form.invalid || !until || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      this.dialogRef.close(await this.api.suspend(this.data.user.id, until, this.form.controls.reason.value.trim()));
    } catch (error) {
      const apiError = toApiError(error);
      applyServerFieldErrors(this.form, apiError.fields);
      this.error.set(apiErrorMessage(apiError));
    } finally {
      this.busy.set(false);
    }
  }
}
