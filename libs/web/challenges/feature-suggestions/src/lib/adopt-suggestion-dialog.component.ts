import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CATEGORY_TITLE_MAX_LENGTH, checkSingleLineText } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import {
  SuggestionsApi,
  type AdoptedCategory,
  type DraftChallenge,
  type Suggestion,
} from '@lukuhaaste/web/data-access/suggestions';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  textRule,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import type { Locale } from '@lukuhaaste/shared/util-rules';

export interface AdoptSuggestionDialogData {
  suggestion: Suggestion;
  /** The year the ideas were collected in; next year's draft is offered first. */
  year: number;
  locale: Locale;
}

export interface AdoptOutcome {
  category: AdoptedCategory;
  challenge: DraftChallenge;
}

/** A librarian turns an idea into a new category of a draft challenge (Finnish title editable). */
@Component({
  selector: 'lh-adopt-suggestion-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    LocalizedPipe,
    FormAlert,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'suggestions.adoptDialog.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="lh-adopt">
        <p>{{ 'suggestions.adoptDialog.intro' | transloco }}</p>
        <lh-form-alert [message]="error()" />
        @if (drafts(); as drafts) {
          @if (drafts.length === 0) {
            <p>{{ 'suggestions.adoptDialog.noDrafts' | transloco }}</p>
          } @else {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'suggestions.adoptDialog.challenge' | transloco }}</mat-label>
              <select matNativeControl formControlName="challengeId" required>
                @for (draft of drafts; track draft.id) {
                  <option [value]="draft.id">{{ draft.year }} – {{ draft.title | lhLocalized: data.locale }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'suggestions.adoptDialog.titleFi' | transloco }}</mat-label>
              <input matInput formControlName="title" lang="fi" required />
              <mat-hint>{{ 'suggestions.adoptDialog.titleHint' | transloco }}</mat-hint>
              <mat-error><lh-field-error [error]="problem(form.controls.title)" /></mat-error>
            </mat-form-field>
          }
        } @else {
          <p role="status">{{ 'moderation.queue.loading' | transloco }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'moderation.cancel' | transloco }}</button>
        @if (drafts()?.length) {
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ 'suggestions.adoptDialog.submit' | transloco }}
          </button>
        }
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lh-adopt {
      display: flex;
      flex-direction: column;
      overflow-wrap: anywhere;
    }
  `,
})
export class AdoptSuggestionDialog {
  private readonly api = inject(SuggestionsApi);
  private readonly dialogRef = inject<MatDialogRef<AdoptSuggestionDialog, AdoptOutcome>>(MatDialogRef);
  protected readonly data = inject<AdoptSuggestionDialogData>(MAT_DIALOG_DATA);
  protected readonly problem = fieldProblem;
  protected readonly drafts = signal<DraftChallenge[] | null>(null);
  protected readonly form = new FormGroup({
    challengeId: new FormControl('', { nonNullable: true }),
    title: new FormControl(this.data.suggestion.text ?? '', {
      nonNullable: true,
      validators: [textRule((value) => checkSingleLineText('title', value, 1, CATEGORY_TITLE_MAX_LENGTH))],
    }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);

  constructor() {
    void this.loadDrafts();
  }

  protected async submit(): Promise<void> {
    const challenge = this.drafts()?.find((draft) => draft.id === this.form.controls.challengeId.value);
    if (this.form.invalid || !challenge || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const title = { fi: this.form.controls.title.value.trim() };
      const category = await this.api.adopt(this.data.suggestion.id, challenge.id, title);
      this.dialogRef.close({ category, challenge });
    } catch (error) {
      const apiError = toApiError(error);
      applyServerFieldErrors(this.form, apiError.fields);
      this.error.set(apiErrorMessage(apiError));
    } finally {
      this.busy.set(false);
    }
  }

  private async loadDrafts(): Promise<void> {
    try {
      const drafts = await this.api.draftChallenges();
      const nextYear = drafts.find((draft) => draft.year === this.data.year + 1) ?? drafts[0];
      this.form.controls.challengeId.setValue(nextYear?.id ?? '');
      this.drafts.set(drafts);
    } catch (error) {
      this.drafts.set([]);
      this.error.set(apiErrorMessage(toApiError(error)));
    }
  }
}
