import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type FormGroupDirective } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { BRANCH_NAME_MAX_LENGTH, checkBranchSlug, suggestBranchSlug } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import { LibrarianBranchesApi, type AdminBranch } from '@lukuhaaste/web/data-access/librarian';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  lhValidators,
  maxLengthRule,
  textRule,
  type AlertMessage,
} from '@lukuhaaste/web/ui';

interface Status {
  kind: 'error' | 'success';
  message: AlertMessage;
}

const slugRule = textRule((value) => checkBranchSlug('slug', value));

/**
 * Admins add, rename and delete library branches. One form serves both
 * adding and editing; while adding, the slug follows the Finnish name until
 * the admin types one. A branch that is someone's home branch cannot be
 * deleted (the API answers CONFLICT), so nobody's choice disappears.
 */
@Component({
  selector: 'lh-branches-page',
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
  templateUrl: './branches-page.component.html',
  styleUrl: './branches-page.component.scss',
})
export class BranchesPage {
  private readonly api = inject(LibrarianBranchesApi);

  protected readonly branches = signal<AdminBranch[] | null>(null);
  protected readonly editing = signal<AdminBranch | null>(null);
  protected readonly status = signal<Status | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = fieldProblem;
  private slugTyped = false;

  protected readonly form = new FormGroup({
    name: new FormGroup({
      fi: new FormControl('', {
        nonNullable: true,
        validators: [lhValidators.required, maxLengthRule(BRANCH_NAME_MAX_LENGTH)],
      }),
      sv: new FormControl('', { nonNullable: true, validators: maxLengthRule(BRANCH_NAME_MAX_LENGTH) }),
      en: new FormControl('', { nonNullable: true, validators: maxLengthRule(BRANCH_NAME_MAX_LENGTH) }),
    }),
    slug: new FormControl('', { nonNullable: true, validators: slugRule }),
  });

  constructor() {
    void this.load();
    this.form.controls.name.controls.fi.valueChanges.subscribe((name) => {
      if (!this.editing() && !this.slugTyped) this.form.controls.slug.setValue(suggestBranchSlug(name));
    });
  }

  protected slugInput(): void {
    this.slugTyped = true;
  }

  protected startEdit(branch: AdminBranch): void {
    this.status.set(null);
    this.editing.set(branch);
    this.form.reset({
      name: { fi: branch.name.fi, sv: branch.name.sv ?? '', en: branch.name.en ?? '' },
      slug: branch.slug,
    });
  }

  protected cancelEdit(formDirective: FormGroupDirective): void {
    this.editing.set(null);
    this.slugTyped = false;
    formDirective.resetForm();
  }

  protected async save(formDirective: FormGroupDirective): Promise<void> {
    this.status.set(null);
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, slug } = this.form.getRawValue();
    const input = { slug: slug.trim(), name: { fi: name.fi, sv: name.sv || null, en: name.en || null } };
    const editing = this.editing();
    await this.run(async () => {
      const saved = editing ? await this.api.update(editing.id, input) : await this.api.create(input);
      this.status.set({
        kind: 'success',
        message: editing
          ? { key: 'librarian.branches.saved' }
          : { key: 'librarian.branches.added', params: { name: saved.name.fi } },
      });
      this.cancelEdit(formDirective);
      await this.load();
    });
  }

  protected async remove(branch: AdminBranch): Promise<void> {
    this.status.set(null);
    await this.run(async () => {
      await this.api.remove(branch.id);
      this.status.set({
        kind: 'success',
        message: { key: 'librarian.branches.deleted', params: { name: branch.name.fi } },
      });
      if (this.editing()?.id === branch.id) this.editing.set(null);
      await this.load();
    }, 'librarian.branches.inUse');
  }

  private async load(): Promise<void> {
    try {
      this.branches.set(await this.api.list());
    } catch {
      this.status.set({ kind: 'error', message: { key: 'librarian.branches.loadError' } });
    }
  }

  /** Runs one change; a CONFLICT without field details means `conflictKey`. */
  private async run(change: () => Promise<void>, conflictKey?: string): Promise<void> {
    this.busy.set(true);
    try {
      await change();
    } catch (error) {
      const apiError = toApiError(error);
      applyServerFieldErrors(this.form, apiError.fields);
      const message = apiError.code === 'CONFLICT' && conflictKey ? { key: conflictKey } : apiErrorMessage(apiError);
      this.status.set({ kind: 'error', message });
    } finally {
      this.busy.set(false);
    }
  }
}
