import { CdkDrag, CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CATEGORY_TITLE_MAX_LENGTH,
  CHALLENGE_TITLE_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  LOCALES,
  pickLocalized,
  type Locale,
} from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import {
  LibrarianChallengesApi,
  type EditorCategory,
  type EditorChallenge,
  type UpdateChallengeInput,
} from '@lukuhaaste/web/data-access/librarian';
import {
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  LANGUAGE_NAMES,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { firstValueFrom } from 'rxjs';
import { librarianErrorMessage } from '../shared/librarian-error-message';
import {
  localizedTextForm,
  needsFinnish,
  toLocalizedInput,
  toOptionalLocalizedInput,
} from '../shared/localized-text-form';
import { ChallengeStatusChip } from '../ui/challenge-status-chip.component';
import { LocalizedTextFields } from '../ui/localized-text-fields.component';
import { CategoryEditor } from './category-editor.component';
import { insertCategory, moveLocally } from './category-order';
import { ConfirmDialog, type ConfirmDialogData } from './confirm-dialog.component';
import { PatronPreview } from './patron-preview.component';
import { PublishDialog, type PublishDialogData } from './publish-dialog.component';
import { publishChecklist } from './publish-checklist';

type Status = { kind: 'error' | 'success'; message: AlertMessage };

/** The challenge editor at `/librarian/challenges/:id`. Every mutation's answer becomes the new state. */
@Component({
  selector: 'lh-challenge-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    CdkDropList,
    CdkDrag,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
    ChallengeStatusChip,
    LocalizedTextFields,
    CategoryEditor,
    PatronPreview,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './challenge-editor-page.component.html',
  styleUrl: './challenge-editor-page.component.scss',
})
export class ChallengeEditorPage {
  private readonly api = inject(LibrarianChallengesApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly language = inject(LanguageStore);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly challenge = signal<EditorChallenge | null>(null);
  protected readonly loadError = signal<AlertMessage | null>(null);
  protected readonly status = signal<Status | null>(null);
  protected readonly detailsStatus = signal<Status | null>(null);
  protected readonly newCategoryStatus = signal<Status | null>(null);
  protected readonly busy = signal(false);
  /** Read out by the polite live region after moves and additions. */
  protected readonly announcement = signal<AlertMessage | null>(null);
  protected readonly previewOpen = signal(false);
  protected readonly previewLocale = signal<Locale>(this.language.locale());

  protected readonly locales = LOCALES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly problem = fieldProblem;
  protected readonly uiLocale = this.language.locale;

  protected readonly categories = computed(() =>
    [...(this.challenge()?.categories ?? [])].sort((a, b) => a.position - b.position),
  );
  protected readonly structureLocked = computed(() => this.challenge()?.status !== 'DRAFT');
  protected readonly archived = computed(() => this.challenge()?.status === 'ARCHIVED');
  protected readonly displayTitle = computed(() => {
    const challenge = this.challenge();
    return challenge ? pickLocalized(challenge.title, this.uiLocale()) : '';
  });

  protected readonly details = new FormGroup({
    title: localizedTextForm({ maxLength: CHALLENGE_TITLE_MAX_LENGTH, required: true }),
    description: localizedTextForm({ maxLength: DESCRIPTION_MAX_LENGTH, multiline: true }),
    startsOn: new FormControl('', { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
    allowBookReuse: new FormControl(false, { nonNullable: true }),
  });
  protected readonly detailsDirty = signal(false);

  protected readonly newCategory = new FormGroup({
    title: localizedTextForm({ maxLength: CATEGORY_TITLE_MAX_LENGTH, required: true }),
    description: localizedTextForm({ maxLength: DESCRIPTION_MAX_LENGTH, multiline: true }),
    /** 0 = at the end, k = after category k. */
    after: new FormControl(0, { nonNullable: true }),
  });

  constructor() {
    this.details.valueChanges.subscribe(() => this.detailsDirty.set(this.details.dirty));
    effect(() => void this.load(this.id()));
    // Structural fields follow the status; everything is read-only once archived.
    effect(() => {
      const challenge = this.challenge();
      if (!challenge) return;
      const { startsOn, endsOn, allowBookReuse } = this.details.controls;
      for (const control of [startsOn, endsOn, allowBookReuse]) {
        if (challenge.status === 'DRAFT') control.enable({ emitEvent: false });
        else control.disable({ emitEvent: false });
      }
      for (const control of [this.details.controls.title, this.details.controls.description]) {
        if (challenge.status === 'ARCHIVED') control.disable({ emitEvent: false });
        else control.enable({ emitEvent: false });
      }
    });
  }

  protected categoryTitle(category: EditorCategory): string {
    return pickLocalized(category.title, this.uiLocale());
  }

  protected async saveDetails(): Promise<void> {
    const challenge = this.challenge();
    this.detailsStatus.set(null);
    if (!challenge) return;
    const value = this.details.getRawValue();
    if (needsFinnish(value.description))
      applyServerFieldErrors(this.details, [{ field: 'description.fi', code: 'REQUIRED' }]);
    if (this.details.invalid || this.busy()) {
      this.details.markAllAsTouched();
      return;
    }
    const input: UpdateChallengeInput = {
      title: toLocalizedInput(value.title),
      description: toOptionalLocalizedInput(value.description),
    };
    if (challenge.status === 'DRAFT')
      Object.assign(input, {
        startsOn: value.startsOn || null,
        endsOn: value.endsOn || null,
        allowBookReuse: value.allowBookReuse,
      });
    await this.mutate(
      () => this.api.update(challenge.id, input),
      (error) => {
        applyServerFieldErrors(this.details, toApiError(error).fields);
        this.detailsStatus.set({ kind: 'error', message: librarianErrorMessage(error) });
      },
      (updated) => {
        this.fillDetails(updated);
        this.detailsStatus.set({ kind: 'success', message: { key: 'librarian.common.saved' } });
      },
    );
  }

  protected async move(category: EditorCategory, position: number, focusAfter?: 'up' | 'down'): Promise<void> {
    const before = this.challenge();
    if (!before || this.busy() || position === category.position) return;
    this.challenge.set({ ...before, categories: moveLocally(before.categories, category.id, position) });
    await this.mutate(
      () => this.api.moveCategory(category.id, position),
      (error) => {
        this.challenge.set(before);
        this.status.set({ kind: 'error', message: librarianErrorMessage(error) });
      },
      (updated) => {
        const moved = updated.categories.find((c) => c.id === category.id);
        this.announce('librarian.editor.moved', {
          title: this.categoryTitle(category),
          position: moved?.position ?? position,
          count: updated.categories.length,
        });
        if (focusAfter && moved) this.keepFocus(moved, updated.categories.length, focusAfter);
      },
    );
  }

  protected drop(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    const category = this.categories()[event.previousIndex];
    if (category) void this.move(category, event.currentIndex + 1);
  }

  protected async remove(category: EditorCategory): Promise<void> {
    const confirmed = await this.confirm({
      titleKey: 'librarian.confirm.removeTitle',
      bodyKey: 'librarian.confirm.removeBody',
      confirmKey: 'librarian.confirm.removeConfirm',
      params: { position: category.position, title: this.categoryTitle(category) },
    });
    if (!confirmed) return;
    await this.mutate(
      () => this.api.removeCategory(category.id),
      (error) => this.status.set({ kind: 'error', message: librarianErrorMessage(error) }),
    );
  }

  protected addAfter(category: EditorCategory): void {
    this.newCategory.controls.after.setValue(category.position);
    const field = this.document.getElementById('lh-new-category-title-fi');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  protected async addCategory(): Promise<void> {
    const challenge = this.challenge();
    this.newCategoryStatus.set(null);
    if (!challenge) return;
    const { title, description, after } = this.newCategory.getRawValue();
    if (needsFinnish(description))
      applyServerFieldErrors(this.newCategory, [{ field: 'description.fi', code: 'REQUIRED' }]);
    if (this.newCategory.invalid || this.busy()) {
      this.newCategory.markAllAsTouched();
      return;
    }
    const input = { title: toLocalizedInput(title), description: toOptionalLocalizedInput(description) };
    this.busy.set(true);
    try {
      const created = await this.api.addCategory(challenge.id, input, after > 0 ? after + 1 : undefined);
      this.challenge.update(
        (current) =>
          current && {
            ...current,
            categories: insertCategory(current.categories, created),
            categoryCount: current.categoryCount + 1,
          },
      );
      this.newCategory.reset({ after: 0 });
      this.newCategoryStatus.set({
        kind: 'success',
        message: { key: 'librarian.newCategory.added', params: { position: created.position } },
      });
    } catch (error) {
      applyServerFieldErrors(this.newCategory, toApiError(error).fields);
      this.newCategoryStatus.set({ kind: 'error', message: librarianErrorMessage(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected categorySaved(saved: EditorCategory): void {
    this.challenge.update(
      (current) =>
        current && { ...current, categories: current.categories.map((c) => (c.id === saved.id ? saved : c)) },
    );
  }

  protected async publish(): Promise<void> {
    const challenge = this.challenge();
    if (!challenge) return;
    const data: PublishDialogData = { title: this.displayTitle(), checklist: publishChecklist(challenge) };
    const ref = this.dialog.open<PublishDialog, PublishDialogData, boolean>(PublishDialog, {
      data,
      injector: this.injector,
      width: '40rem',
      maxWidth: '95vw',
    });
    if (!(await firstValueFrom(ref.afterClosed()))) return;
    await this.mutate(
      () => this.api.publish(challenge.id),
      (error) => this.status.set({ kind: 'error', message: librarianErrorMessage(error) }),
      () => this.status.set({ kind: 'success', message: { key: 'librarian.editor.published' } }),
    );
  }

  protected async archive(): Promise<void> {
    const challenge = this.challenge();
    if (!challenge) return;
    const confirmed = await this.confirm({
      titleKey: 'librarian.confirm.archiveTitle',
      bodyKey: 'librarian.confirm.archiveBody',
      confirmKey: 'librarian.confirm.archiveConfirm',
      params: { title: this.displayTitle() },
    });
    if (!confirmed) return;
    await this.mutate(
      () => this.api.archive(challenge.id),
      (error) => this.status.set({ kind: 'error', message: librarianErrorMessage(error) }),
      () => this.status.set({ kind: 'success', message: { key: 'librarian.editor.archived' } }),
    );
  }

  protected choosePreviewLocale(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if ((LOCALES as readonly string[]).includes(value)) this.previewLocale.set(value as Locale);
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      const challenge = await this.api.get(id);
      this.challenge.set(challenge);
      this.fillDetails(challenge);
    } catch (error) {
      this.loadError.set(
        toApiError(error).code === 'NOT_FOUND' ? { key: 'librarian.errors.load' } : librarianErrorMessage(error),
      );
    }
  }

  /** Runs a mutation whose answer is the whole challenge, and adopts that answer. */
  private async mutate(
    run: () => Promise<EditorChallenge>,
    fail: (error: unknown) => void,
    done?: (challenge: EditorChallenge) => void,
  ): Promise<void> {
    this.status.set(null);
    this.busy.set(true);
    try {
      const updated = await run();
      this.challenge.set(updated);
      done?.(updated);
    } catch (error) {
      fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private fillDetails(challenge: EditorChallenge): void {
    const text = (value: { fi: string; sv: string | null; en: string | null } | null) => ({
      fi: value?.fi ?? '',
      sv: value?.sv ?? '',
      en: value?.en ?? '',
    });
    this.details.reset({
      title: text(challenge.title),
      description: text(challenge.description),
      startsOn: challenge.startsOn,
      endsOn: challenge.endsOn,
      allowBookReuse: challenge.allowBookReuse,
    });
    this.detailsDirty.set(false);
  }

  private async confirm(data: ConfirmDialogData): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data,
      injector: this.injector,
      maxWidth: '95vw',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }

  private announce(key: string, params: Record<string, unknown>): void {
    // Resetting first makes a repeated identical message audible again.
    this.announcement.set(null);
    afterNextRender(() => this.announcement.set({ key, params }), { injector: this.injector });
  }

  /** The moved category's DOM node moved too; keep focus on its button, or its twin at an end of the list. */
  private keepFocus(category: EditorCategory, count: number, direction: 'up' | 'down'): void {
    const atEnd = direction === 'up' ? category.position === 1 : category.position === count;
    const target = atEnd ? (direction === 'up' ? 'down' : 'up') : direction;
    afterNextRender(() => this.document.getElementById(`lh-move-${target}-${category.id}`)?.focus(), {
      injector: this.injector,
    });
  }
}
