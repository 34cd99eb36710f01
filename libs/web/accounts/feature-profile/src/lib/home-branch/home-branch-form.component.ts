import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { pickLocalized } from '@lukuhaaste/shared/util-rules';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { BranchesApi, type Branch } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';

interface Status {
  kind: 'error' | 'success';
  message: AlertMessage;
}

/**
 * The patron's home library, which their reading counts for on the branch
 * leaderboard. Its texts are in the `branches` scope, loaded with it; the
 * page's section takes its name from the heading (id profile-home-branch).
 */
@Component({
  selector: 'lh-home-branch-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FormAlert],
  providers: [provideTranslocoScope('branches')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="profile-home-branch">{{ 'branches.homeBranch.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <lh-form-alert [message]="status()?.message ?? null" [kind]="status()?.kind ?? 'error'" />
      <!-- The "no home library" option has an empty value, which would keep the label over its text. -->
      <mat-form-field appearance="outline" floatLabel="always">
        <mat-label>{{ 'branches.homeBranch.label' | transloco }}</mat-label>
        <select matNativeControl formControlName="homeBranchId">
          <option value="">{{ 'branches.homeBranch.none' | transloco }}</option>
          @for (branch of branches(); track branch.id) {
            <option [value]="branch.id">{{ branch.label }}</option>
          }
        </select>
        <mat-hint>{{ 'branches.homeBranch.hint' | transloco }}</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()">{{ 'branches.homeBranch.save' | transloco }}</button>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
      max-inline-size: 30rem;
    }
  `,
})
export class HomeBranchForm {
  private readonly api = inject(BranchesApi);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageStore);

  private readonly all = signal<Branch[]>([]);
  /** Named and sorted in the reader's language (Finnish where a name has no translation). */
  protected readonly branches = computed(() => {
    const locale = this.language.locale();
    return this.all()
      .map((branch) => ({ id: branch.id, label: pickLocalized(branch.name, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
  });
  protected readonly form = new FormGroup({ homeBranchId: new FormControl('', { nonNullable: true }) });
  protected readonly status = signal<Status | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
    effect(() => this.form.reset({ homeBranchId: this.session.user()?.homeBranchId ?? '' }));
  }

  protected async save(): Promise<void> {
    this.status.set(null);
    this.busy.set(true);
    try {
      await this.session.updateProfile({ homeBranchId: this.form.controls.homeBranchId.value || null });
      this.status.set({ kind: 'success', message: { key: 'branches.homeBranch.saved' } });
    } catch (error) {
      this.status.set({ kind: 'error', message: apiErrorMessage(toApiError(error)) });
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.all.set(await this.api.list());
    } catch {
      this.status.set({ kind: 'error', message: { key: 'branches.homeBranch.loadError' } });
    }
  }
}
