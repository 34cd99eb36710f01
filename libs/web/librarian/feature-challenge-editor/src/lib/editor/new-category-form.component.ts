import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, linkedSignal, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CATEGORY_TITLE_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  pickLocalized,
  type Locale,
} from '@lukuhaaste/shared/util-rules';
import type { CategoryInput, EditorCategory } from '@lukuhaaste/web/data-access/librarian';
import { applyServerFieldErrors, FormAlert } from '@lukuhaaste/web/ui';
import {
  localizedTextForm,
  needsFinnish,
  toLocalizedInput,
  toOptionalLocalizedInput,
} from '../shared/localized-text-form';
import { LocalizedTextFields } from '../ui/localized-text-fields.component';
import type { Outcome } from './outcome';

/** A category to add; without a position it goes to the end. */
export interface NewCategory {
  input: CategoryInput;
  position?: number;
}

/** Adds a category at the end or after a chosen one; the page adds it and reports the outcome back. */
@Component({
  selector: 'lh-new-category-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    LocalizedTextFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-category-form.component.html',
  styleUrl: './new-category-form.component.scss',
})
export class NewCategoryForm {
  private readonly document = inject(DOCUMENT);

  /** The existing categories in position order, to choose where the new one goes. */
  readonly categories = input.required<readonly EditorCategory[]>();
  readonly locale = input.required<Locale>();
  readonly busy = input(false);
  /** A success empties the form; an error shows its field errors. */
  readonly outcome = input<Outcome | null>(null);
  readonly add = output<NewCategory>();

  protected readonly form = new FormGroup({
    title: localizedTextForm({ maxLength: CATEGORY_TITLE_MAX_LENGTH, required: true }),
    description: localizedTextForm({ maxLength: DESCRIPTION_MAX_LENGTH, multiline: true }),
    /** 0 = at the end, k = after category k. */
    after: new FormControl(0, { nonNullable: true }),
  });
  /** The page's last outcome, cleared when the librarian submits again. */
  protected readonly shownOutcome = linkedSignal(() => this.outcome());

  constructor() {
    effect(() => {
      const outcome = this.outcome();
      if (outcome?.kind === 'success') this.form.reset({ after: 0 });
      if (outcome?.fields) applyServerFieldErrors(this.form, outcome.fields);
    });
  }

  /** Preselects "after `position`" and takes the librarian to the new category's title. */
  insertAfter(position: number): void {
    this.form.controls.after.setValue(position);
    const field = this.document.getElementById('lh-new-category-title-fi');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  protected categoryTitle(category: EditorCategory): string {
    return pickLocalized(category.title, this.locale());
  }

  protected submit(): void {
    this.shownOutcome.set(null);
    const { title, description, after } = this.form.getRawValue();
    if (needsFinnish(description)) applyServerFieldErrors(this.form, [{ field: 'description.fi', code: 'REQUIRED' }]);
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const input = { title: toLocalizedInput(title), description: toOptionalLocalizedInput(description) };
    this.add.emit(after > 0 ? { input, position: after + 1 } : { input });
  }
}
