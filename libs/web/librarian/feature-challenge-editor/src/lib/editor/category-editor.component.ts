import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CATEGORY_TITLE_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  pickLocalized,
  type Locale,
} from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import { LibrarianChallengesApi, type EditorCategory } from '@lukuhaaste/web/data-access/librarian';
import { applyServerFieldErrors, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { librarianErrorMessage } from '../shared/librarian-error-message';
import {
  localizedTextForm,
  needsFinnish,
  sameText,
  toLocalizedInput,
  toOptionalLocalizedInput,
} from '../shared/localized-text-form';
import { LocalizedTextFields } from '../ui/localized-text-fields.component';
import { UnsavedBadge } from '../ui/unsaved-badge.component';
import { moveTargets } from './category-order';

/**
 * One category: its texts in three languages with its own save button (text
 * fixes are allowed after publishing too), and the structural controls —
 * drag handle, move up/down, remove, add after — that the page carries out.
 */
@Component({
  selector: 'lh-category-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    CdkDragHandle,
    TranslocoPipe,
    FormAlert,
    LocalizedTextFields,
    UnsavedBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './category-editor.component.html',
  styleUrl: './category-editor.component.scss',
})
export class CategoryEditor {
  private readonly api = inject(LibrarianChallengesApi);

  readonly category = input.required<EditorCategory>();
  readonly count = input.required<number>();
  /** Adding, removing and reordering: DRAFT only. */
  readonly structureLocked = input(false);
  /** Text edits: everything but ARCHIVED. */
  readonly textLocked = input(false);
  readonly locale = input<Locale>('fi');

  readonly moveTo = output<{ position: number; direction: 'up' | 'down' }>();
  readonly remove = output<void>();
  readonly addAfter = output<void>();
  readonly saved = output<EditorCategory>();

  protected readonly form = new FormGroup({
    title: localizedTextForm({ maxLength: CATEGORY_TITLE_MAX_LENGTH, required: true }),
    description: localizedTextForm({ maxLength: DESCRIPTION_MAX_LENGTH, multiline: true }),
  });
  protected readonly busy = signal(false);
  protected readonly status = signal<{ kind: 'error' | 'success'; message: AlertMessage } | null>(null);
  protected readonly dirty = signal(false);
  protected readonly targets = computed(() => moveTargets(this.category().position, this.count()));
  protected readonly displayTitle = computed(() => pickLocalized(this.category().title, this.locale()));
  private baseline: Pick<EditorCategory, 'title' | 'description'> | null = null;

  constructor() {
    this.form.valueChanges.subscribe(() => this.dirty.set(this.form.dirty));
    // Take the server's texts when they change (first load, after saving); a
    // reorder of the list alone must not wipe unsaved edits.
    effect(() => {
      const { title, description } = this.category();
      if (this.baseline && sameText(this.baseline.title, title) && sameText(this.baseline.description, description))
        return;
      this.baseline = { title, description };
      this.form.reset({
        title: { fi: title.fi, sv: title.sv ?? '', en: title.en ?? '' },
        description: { fi: description?.fi ?? '', sv: description?.sv ?? '', en: description?.en ?? '' },
      });
      this.dirty.set(false);
    });
    effect(() => {
      if (this.textLocked()) this.form.disable({ emitEvent: false });
      else this.form.enable({ emitEvent: false });
    });
  }

  protected async save(): Promise<void> {
    this.status.set(null);
    const { title, description } = this.form.getRawValue();
    if (needsFinnish(description)) applyServerFieldErrors(this.form, [{ field: 'description.fi', code: 'REQUIRED' }]);
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const updated = await this.api.updateCategory(this.category().id, {
        title: toLocalizedInput(title),
        description: toOptionalLocalizedInput(description),
      });
      this.form.markAsPristine();
      this.dirty.set(false);
      this.status.set({
        kind: 'success',
        message: { key: 'librarian.category.saved', params: { position: updated.position } },
      });
      this.saved.emit(updated);
    } catch (error) {
      applyServerFieldErrors(this.form, toApiError(error).fields);
      this.status.set({ kind: 'error', message: librarianErrorMessage(error) });
    } finally {
      this.busy.set(false);
    }
  }
}
