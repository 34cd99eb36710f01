import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHALLENGE_TITLE_MAX_LENGTH, DESCRIPTION_MAX_LENGTH, type LocalizedText } from '@lukuhaaste/shared/util-rules';
import type { ChallengeStatus, EditorChallenge, UpdateChallengeInput } from '@lukuhaaste/web/data-access/librarian';
import { applyServerFieldErrors, FieldErrorMessage, fieldProblem, FormAlert } from '@lukuhaaste/web/ui';
import {
  localizedTextForm,
  needsFinnish,
  toLocalizedInput,
  toOptionalLocalizedInput,
} from '../shared/localized-text-form';
import { LocalizedTextFields } from '../ui/localized-text-fields.component';
import { UnsavedBadge } from '../ui/unsaved-badge.component';
import type { Outcome } from './outcome';

export type ChallengeDetails = Pick<
  EditorChallenge,
  'title' | 'description' | 'startsOn' | 'endsOn' | 'allowBookReuse'
>;

/**
 * The challenge's own fields: name and description in fi/sv/en, period and
 * book reuse. It validates and emits what to save; the page saves it and
 * reports the outcome back.
 */
@Component({
  selector: 'lh-challenge-details-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
    LocalizedTextFields,
    UnsavedBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './challenge-details-form.component.html',
  styleUrl: './challenge-details-form.component.scss',
})
export class ChallengeDetailsForm {
  /**
   * The details as last loaded or saved. Each new value refills the form, so
   * the page passes a new one only then: answers to other edits (a move, a
   * publish) must not wipe unsaved changes.
   */
  readonly saved = input.required<ChallengeDetails>();
  /** Dates and book reuse are editable while DRAFT, the texts until ARCHIVED. */
  readonly challengeStatus = input.required<ChallengeStatus>();
  readonly busy = input(false);
  readonly outcome = input<Outcome | null>(null);
  readonly save = output<UpdateChallengeInput>();

  protected readonly form = new FormGroup({
    title: localizedTextForm({ maxLength: CHALLENGE_TITLE_MAX_LENGTH, required: true }),
    description: localizedTextForm({ maxLength: DESCRIPTION_MAX_LENGTH, multiline: true }),
    startsOn: new FormControl('', { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
    allowBookReuse: new FormControl(false, { nonNullable: true }),
  });
  protected readonly dirty = signal(false);
  /** The page's last outcome, cleared when the librarian submits again. */
  protected readonly shownOutcome = linkedSignal(() => this.outcome());
  protected readonly structureLocked = computed(() => this.challengeStatus() !== 'DRAFT');
  protected readonly archived = computed(() => this.challengeStatus() === 'ARCHIVED');
  protected readonly problem = fieldProblem;

  constructor() {
    this.form.valueChanges.subscribe(() => this.dirty.set(this.form.dirty));
    effect(() => this.fill(this.saved()));
    effect(() => {
      const fields = this.outcome()?.fields;
      if (fields) applyServerFieldErrors(this.form, fields);
    });
    effect(() => {
      const { title, description, startsOn, endsOn, allowBookReuse } = this.form.controls;
      for (const control of [startsOn, endsOn, allowBookReuse]) {
        if (this.structureLocked()) control.disable({ emitEvent: false });
        else control.enable({ emitEvent: false });
      }
      for (const control of [title, description]) {
        if (this.archived()) control.disable({ emitEvent: false });
        else control.enable({ emitEvent: false });
      }
    });
  }

  protected submit(): void {
    this.shownOutcome.set(null);
    const value = this.form.getRawValue();
    if (needsFinnish(value.description))
      applyServerFieldErrors(this.form, [{ field: 'description.fi', code: 'REQUIRED' }]);
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const input: UpdateChallengeInput = {
      title: toLocalizedInput(value.title),
      description: toOptionalLocalizedInput(value.description),
    };
    if (!this.structureLocked())
      Object.assign(input, {
        startsOn: value.startsOn || null,
        endsOn: value.endsOn || null,
        allowBookReuse: value.allowBookReuse,
      });
    this.save.emit(input);
  }

  private fill(details: ChallengeDetails): void {
    const text = (value: LocalizedText | null) => ({ fi: value?.fi ?? '', sv: value?.sv ?? '', en: value?.en ?? '' });
    this.form.reset({
      title: text(details.title),
      description: text(details.description),
      startsOn: details.startsOn,
      endsOn: details.endsOn,
      allowBookReuse: details.allowBookReuse,
    });
    this.dirty.set(false);
  }
}
