import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type FormGroupDirective } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALES, PASSWORD_MIN_LENGTH, type Locale } from '@lukuhaaste/shared/util-rules';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  LANGUAGE_NAMES,
  lhValidators,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { DeleteAccountForm } from '../delete-account/delete-account-form.component';
import { HomeBranchForm } from '../home-branch/home-branch-form.component';
import { MyDataDownloads } from '../my-data/my-data-downloads.component';
import { ProgressSharingSection } from '../progress-sharing/progress-sharing-section.component';

interface FormStatus {
  kind: 'error' | 'success';
  message: AlertMessage;
}

@Component({
  selector: 'lh-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
    HomeBranchForm,
    ProgressSharingSection,
    MyDataDownloads,
    DeleteAccountForm,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.component.html',
  styleUrl: './profile-page.component.scss',
})
export class ProfilePage {
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageStore);
  private readonly router = inject(Router);

  protected readonly user = this.session.user;
  protected readonly locales = LOCALES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly problem = fieldProblem;

  protected readonly detailsForm = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: lhValidators.displayName }),
    locale: new FormControl<Locale>(DEFAULT_LOCALE, { nonNullable: true }),
  });
  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: lhValidators.required }),
    newPassword: new FormControl('', { nonNullable: true, validators: lhValidators.newPassword }),
  });
  protected readonly detailsStatus = signal<FormStatus | null>(null);
  protected readonly passwordStatus = signal<FormStatus | null>(null);
  protected readonly busy = signal<'details' | 'password' | 'logout' | null>(null);
  protected readonly logoutError = signal<AlertMessage | null>(null);
  protected readonly accountDeleted = signal(false);

  constructor() {
    // Fill the form from the session once it is known (and after each save).
    effect(() => {
      const user = this.user();
      if (user) this.detailsForm.reset({ displayName: user.displayName, locale: user.locale });
    });
  }

  protected async saveDetails(): Promise<void> {
    this.detailsStatus.set(null);
    if (!this.ready(this.detailsForm)) return;
    this.busy.set('details');
    try {
      const { displayName, locale } = this.detailsForm.getRawValue();
      const user = await this.session.updateProfile({ displayName: displayName.trim(), locale });
      await this.language.use(user.locale);
      this.detailsStatus.set({ kind: 'success', message: { key: 'profile.details.saved' } });
    } catch (error) {
      this.detailsStatus.set({ kind: 'error', message: this.fail(this.detailsForm, error) });
    } finally {
      this.busy.set(null);
    }
  }

  protected async changePassword(formDirective: FormGroupDirective): Promise<void> {
    this.passwordStatus.set(null);
    if (!this.ready(this.passwordForm)) return;
    this.busy.set('password');
    try {
      await this.session.changePassword(this.passwordForm.getRawValue());
      // resetForm also clears `submitted`, so the emptied fields don't show errors.
      formDirective.resetForm();
      this.passwordStatus.set({ kind: 'success', message: { key: 'profile.password.changed' } });
    } catch (error) {
      this.passwordStatus.set({ kind: 'error', message: this.fail(this.passwordForm, error) });
    } finally {
      this.busy.set(null);
    }
  }

  protected async logout(): Promise<void> {
    this.logoutError.set(null);
    this.busy.set('logout');
    try {
      await this.session.logout();
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.logoutError.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.busy.set(null);
    }
  }

  /** The API has erased the account and its cookie; the app forgets the user too. */
  protected async accountWasDeleted(): Promise<void> {
    this.accountDeleted.set(true);
    await this.session.logout();
  }

  private ready(form: FormGroup): boolean {
    if (form.valid && !this.busy()) return true;
    form.markAllAsTouched();
    return false;
  }

  private fail(form: FormGroup, error: unknown): AlertMessage {
    const apiError = toApiError(error);
    applyServerFieldErrors(form, apiError.fields);
    return apiErrorMessage(apiError);
  }
}
