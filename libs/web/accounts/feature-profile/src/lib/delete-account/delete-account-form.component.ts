import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { MyDataApi } from '@lukuhaaste/web/data-access/reading';
import {
  apiErrorMessage,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  formSubmission,
  lhValidators,
  type SubmitError,
} from '@lukuhaaste/web/ui';

/**
 * Deleting one's account, confirmed with the password. Emits `deleted` once
 * the API has erased the account (and cleared the session cookie); the page
 * signs the app out and says so.
 */
@Component({
  selector: 'lh-delete-account-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="profile-delete-account">{{ 'profile.deleteAccount.title' | transloco }}</h2>
    <p>{{ 'profile.deleteAccount.explanation' | transloco }}</p>
    <form [formGroup]="form" (ngSubmit)="delete()" novalidate>
      <lh-form-alert [message]="submission.alert()" />
      <mat-form-field appearance="outline">
        <mat-label>{{ 'profile.deleteAccount.password' | transloco }}</mat-label>
        <input matInput type="password" formControlName="password" autocomplete="current-password" required />
        <mat-error><lh-field-error [error]="problem(form.controls.password)" /></mat-error>
      </mat-form-field>
      <button mat-flat-button class="lh-delete-account__submit" type="submit" [disabled]="submission.submitting()">
        {{ 'profile.deleteAccount.submit' | transloco }}
      </button>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }

    mat-form-field {
      width: 100%;
    }

    .lh-delete-account__submit {
      align-self: flex-start;
      margin-block-start: 0.5rem;
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeleteAccountForm {
  private readonly api = inject(MyDataApi);

  readonly deleted = output<void>();

  protected readonly problem = fieldProblem;
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: lhValidators.required }),
  });
  protected readonly submission = formSubmission(this.form, toApiError, (error: SubmitError) =>
    // The only conflict this mutation has: the last admin may not leave.
    error.code === 'CONFLICT' ? { key: 'profile.deleteAccount.lastAdmin' } : apiErrorMessage(error),
  );

  protected delete(): Promise<void> {
    return this.submission.submit(async () => {
      await this.api.deleteAccount(this.form.getRawValue().password);
      this.deleted.emit();
    });
  }
}
