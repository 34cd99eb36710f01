import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { SuggestionsApi, type Suggestion } from '@lukuhaaste/web/data-access/suggestions';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';

export interface MergeSuggestionDialogData {
  source: Suggestion;
  /** The other open suggestions on the page, most voted first. */
  candidates: Suggestion[];
}

/** A librarian merges a duplicate idea into another; closes with the target (its votes now include the source's). */
@Component({
  selector: 'lh-merge-suggestion-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'suggestions.mergeDialog.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="lh-merge">
        <p>{{ 'suggestions.mergeDialog.source' | transloco: { text: data.source.text ?? '' } }}</p>
        <lh-form-alert [message]="error()" />
        @if (data.candidates.length === 0) {
          <p>{{ 'suggestions.mergeDialog.noTargets' | transloco }}</p>
        } @else {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'suggestions.mergeDialog.target' | transloco }}</mat-label>
            <select matNativeControl formControlName="targetId" required>
              @for (candidate of data.candidates; track candidate.id) {
                <option [value]="candidate.id">
                  {{ candidate.text }} ({{ 'suggestions.votes' | transloco: { count: candidate.voteCount } }})
                </option>
              }
            </select>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'moderation.cancel' | transloco }}</button>
        @if (data.candidates.length > 0) {
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ 'suggestions.mergeDialog.submit' | transloco }}
          </button>
        }
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lh-merge {
      display: flex;
      flex-direction: column;
      overflow-wrap: anywhere;
    }
  `,
})
export class MergeSuggestionDialog {
  private readonly api = inject(SuggestionsApi);
  private readonly dialogRef = inject<MatDialogRef<MergeSuggestionDialog, Suggestion>>(MatDialogRef);
  protected readonly data = inject<MergeSuggestionDialogData>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({
    targetId: new FormControl(this.data.candidates[0]?.id ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.dialogRef.close(await this.api.merge(this.data.source.id, this.form.controls.targetId.value));
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
