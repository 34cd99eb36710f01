import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES, PASSWORD_MIN_LENGTH, type Locale } from '@lukuhaaste/shared/util-rules';
import { DisplayNameSuggestions, safeReturnUrl, SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import {
  LANGUAGE_NAMES,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  formSubmission,
  lhValidators,
} from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';

@Component({
  selector: 'lh-register-page',
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
  templateUrl: './register-page.component.html',
  styleUrl: '../auth-page.scss',
})
export class RegisterPage implements OnInit {
  private readonly session = inject(SessionStore);
  private readonly suggestions = inject(DisplayNameSuggestions);
  private readonly language = inject(LanguageStore);
  private readonly router = inject(Router);

  readonly returnUrl = input<string | undefined>();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: lhValidators.email }),
    displayName: new FormControl('', { nonNullable: true, validators: lhValidators.displayName }),
    password: new FormControl('', { nonNullable: true, validators: lhValidators.newPassword }),
    locale: new FormControl<Locale>(this.language.locale(), { nonNullable: true }),
  });
  protected readonly locales = LOCALES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly submission = formSubmission(this.form, toApiError);
  protected readonly suggesting = signal(false);
  protected readonly problem = fieldProblem;

  ngOnInit(): void {
    void this.suggestDisplayName();
  }

  protected async suggestDisplayName(): Promise<void> {
    this.suggesting.set(true);
    try {
      this.form.controls.displayName.setValue(await this.suggestions.next());
    } catch {
      // Without a suggestion the reader simply types a name.
    } finally {
      this.suggesting.set(false);
    }
  }

  protected submit(): Promise<void> {
    return this.submission.submit(async () => {
      const { email, displayName, password, locale } = this.form.getRawValue();
      await this.session.register({ email: email.trim(), displayName: displayName.trim(), password, locale });
      await this.language.use(locale);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    });
  }
}
