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
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES, pickLocalized, type Locale } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import {
  LibrarianChallengesApi,
  type EditorCategory,
  type EditorChallenge,
  type UpdateChallengeInput,
} from '@lukuhaaste/web/data-access/librarian';
import { FormAlert, LANGUAGE_NAMES, type AlertMessage } from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { firstValueFrom } from 'rxjs';
import { librarianErrorMessage } from '../shared/librarian-error-message';
import { ChallengeStatusChip } from '../ui/challenge-status-chip.component';
import { CategoryList, type CategoryMove } from './category-list.component';
import { insertCategory, moveLocally } from './category-order';
import { ChallengeDetailsForm, type ChallengeDetails } from './challenge-details-form.component';
import { ConfirmDialog, type ConfirmDialogData } from './confirm-dialog.component';
import { NewCategoryForm, type NewCategory } from './new-category-form.component';
import { failedOutcome, type Outcome } from './outcome';
import { PatronPreview } from './patron-preview.component';
import { PublishDialog, type PublishDialogData } from './publish-dialog.component';
import { publishChecklist } from './publish-checklist';
import { SuggestionsToggle } from './suggestions-toggle.component';

/**
 * The challenge editor at `/librarian/challenges/:id`: the one place that talks
 * to the API. Every mutation's answer becomes the new state; the forms and the
 * category list only emit what the librarian asked for.
 */
@Component({
  selector: 'lh-challenge-editor-page',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslocoPipe,
    FormAlert,
    ChallengeStatusChip,
    ChallengeDetailsForm,
    CategoryList,
    NewCategoryForm,
    PatronPreview,
    SuggestionsToggle,
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
  private readonly newCategoryForm = viewChild(NewCategoryForm);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly challenge = signal<EditorChallenge | null>(null);
  /** Set on load and after saving the details only, so other answers keep the form's unsaved edits. */
  protected readonly savedDetails = signal<ChallengeDetails | null>(null);
  protected readonly loadError = signal<AlertMessage | null>(null);
  protected readonly status = signal<Outcome | null>(null);
  protected readonly detailsOutcome = signal<Outcome | null>(null);
  protected readonly newCategoryOutcome = signal<Outcome | null>(null);
  protected readonly busy = signal(false);
  /** Read out by the polite live region after moves and additions. */
  protected readonly announcement = signal<AlertMessage | null>(null);
  protected readonly previewOpen = signal(false);
  protected readonly previewLocale = signal<Locale>(this.language.locale());

  protected readonly locales = LOCALES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly uiLocale = this.language.locale;

  protected readonly categories = computed(() => this.challenge()?.categories ?? []);
  protected readonly structureLocked = computed(() => this.challenge()?.status !== 'DRAFT');
  protected readonly archived = computed(() => this.challenge()?.status === 'ARCHIVED');
  protected readonly displayTitle = computed(() => {
    const challenge = this.challenge();
    return challenge ? pickLocalized(challenge.title, this.uiLocale()) : '';
  });

  constructor() {
    effect(() => void this.load(this.id()));
  }

  protected async saveDetails(input: UpdateChallengeInput): Promise<void> {
    const challenge = this.challenge();
    this.detailsOutcome.set(null);
    if (!challenge) return;
    await this.mutate(
      () => this.api.update(challenge.id, input),
      (error) => this.detailsOutcome.set(failedOutcome(error)),
      (updated) => {
        this.savedDetails.set(updated);
        this.detailsOutcome.set({ kind: 'success', message: { key: 'librarian.common.saved' } });
      },
    );
  }

  /** Saved at once, apart from the details form, so a half-edited form is neither saved nor lost. */
  protected async setSuggestionsOpen(suggestionsOpen: boolean): Promise<void> {
    const challenge = this.challenge();
    if (!challenge) return;
    await this.mutate(
      () => this.api.update(challenge.id, { suggestionsOpen }),
      (error) => this.status.set(failedOutcome(error)),
      () => this.status.set({ kind: 'success', message: { key: 'librarian.common.saved' } }),
    );
  }

  protected async move({ category, position, direction }: CategoryMove): Promise<void> {
    const before = this.challenge();
    if (!before || this.busy() || position === category.position) return;
    this.challenge.set({ ...before, categories: moveLocally(before.categories, category.id, position) });
    await this.mutate(
      () => this.api.moveCategory(category.id, position),
      (error) => {
        this.challenge.set(before);
        this.status.set(failedOutcome(error));
      },
      (updated) => {
        const moved = updated.categories.find((c) => c.id === category.id);
        this.announce('librarian.editor.moved', {
          title: this.categoryTitle(category),
          position: moved?.position ?? position,
          count: updated.categories.length,
        });
        if (direction && moved) this.keepFocus(moved, updated.categories.length, direction);
      },
    );
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
      (error) => this.status.set(failedOutcome(error)),
    );
  }

  protected addAfter(category: EditorCategory): void {
    this.newCategoryForm()?.insertAfter(category.position);
  }

  protected async addCategory({ input, position }: NewCategory): Promise<void> {
    const challenge = this.challenge();
    this.newCategoryOutcome.set(null);
    if (!challenge) return;
    this.busy.set(true);
    try {
      const created = await this.api.addCategory(challenge.id, input, position);
      this.challenge.update(
        (current) =>
          current && {
            ...current,
            categories: insertCategory(current.categories, created),
            categoryCount: current.categoryCount + 1,
          },
      );
      this.newCategoryOutcome.set({
        kind: 'success',
        message: { key: 'librarian.newCategory.added', params: { position: created.position } },
      });
    } catch (error) {
      this.newCategoryOutcome.set(failedOutcome(error));
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
      (error) => this.status.set(failedOutcome(error)),
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
      (error) => this.status.set(failedOutcome(error)),
      () => this.status.set({ kind: 'success', message: { key: 'librarian.editor.archived' } }),
    );
  }

  protected choosePreviewLocale(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if ((LOCALES as readonly string[]).includes(value)) this.previewLocale.set(value as Locale);
  }

  private categoryTitle(category: EditorCategory): string {
    return pickLocalized(category.title, this.uiLocale());
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      const challenge = await this.api.get(id);
      this.challenge.set(challenge);
      this.savedDetails.set(challenge);
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
