import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeReturnUrl, SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import {
  apiErrorMessage,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  formSubmission,
  lhValidators,
  type SubmitError,
} from '@lukuhaaste/web/ui';

@Component({
  selector: 'lh-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.component.html',
  styleUrl: '../auth-page.scss',
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Where to go after logging in (query parameter, set by the login guard). */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: lhValidators.email }),
    password: new FormControl('', { nonNullable: true, validators: lhValidators.required }),
  });
  protected readonly submission = formSubmission(this.form, toApiError, (error: SubmitError) =>
    error.code === 'UNAUTHENTICATED' ? { key: 'errors.wrongCredentials' } : apiErrorMessage(error),
  );
  protected readonly problem = fieldProblem;

  protected submit(): Promise<void> {
    return this.submission.submit(async () => {
      const { email, password } = this.form.getRawValue();
      await this.session.login({ email: email.trim(), password });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    });
  }
}
