import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, type FormGroupDirective } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  checkSingleLineText,
  SUGGESTION_TEXT_MAX_LENGTH,
  SUGGESTION_TEXT_MIN_LENGTH,
} from '@lukuhaaste/shared/util-rules';
import { isStaff, SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { ModerationApi } from '@lukuhaaste/web/data-access/moderation';
import {
  appendPage,
  SuggestionsApi,
  type ListPage,
  type Suggestion,
  type SuggestionOrder,
  type SuggestionsChallenge,
} from '@lukuhaaste/web/data-access/suggestions';
import { askModerationReason, ReportDialog, type ReportDialogData } from '@lukuhaaste/web/moderation/ui-moderation';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  runWithAlert,
  textRule,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { EmptyState, LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { combineLatest, firstValueFrom } from 'rxjs';
import {
  AdoptSuggestionDialog,
  type AdoptOutcome,
  type AdoptSuggestionDialogData,
} from './adopt-suggestion-dialog.component';
import { MergeSuggestionDialog, type MergeSuggestionDialogData } from './merge-suggestion-dialog.component';
import { SuggestionItem, type SuggestionAction } from './suggestion-item.component';

const ORDERS: readonly SuggestionOrder[] = ['VOTES', 'NEWEST'];

/**
 * Ideas for next year's categories (`/challenges/:slug/suggestions`): patrons
 * suggest and vote; librarians see the same ranked list with merge, adopt and
 * hide. The order lives in the URL (`?order=newest`).
 */
@Component({
  selector: 'lh-suggestions-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
    EmptyState,
    LocalizedPipe,
    SuggestionItem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './suggestions-page.component.html',
  styleUrl: './suggestions-page.component.scss',
})
export class SuggestionsPage {
  private readonly api = inject(SuggestionsApi);
  private readonly moderation = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore);
  protected readonly orders = ORDERS;
  protected readonly problem = fieldProblem;

  protected readonly challenge = signal<SuggestionsChallenge | null>(null);
  protected readonly order = signal<SuggestionOrder>('VOTES');
  protected readonly page = signal<ListPage<Suggestion> | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly done = signal<{ message: AlertMessage; editorId?: string } | null>(null);
  protected readonly staff = computed(() => isStaff(this.session.user()?.role));
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [
        textRule((value) => checkSingleLineText('text', value, SUGGESTION_TEXT_MIN_LENGTH, SUGGESTION_TEXT_MAX_LENGTH)),
      ],
    }),
  });
  private loadsStarted = 0;

  constructor() {
    combineLatest([this.route.paramMap, this.route.queryParamMap])
      .pipe(takeUntilDestroyed())
      .subscribe(([params, query]) => {
        this.order.set(query.get('order') === 'newest' ? 'NEWEST' : 'VOTES');
        void this.load(params.get('slug') ?? '');
      });
  }

  protected orderLink(order: SuggestionOrder): Record<string, string | null> {
    return { order: order === 'NEWEST' ? 'newest' : null };
  }

  protected async load(slug = this.challenge()?.slug ?? ''): Promise<void> {
    const load = ++this.loadsStarted;
    this.loadFailed.set(false);
    try {
      const challenge = this.challenge()?.slug === slug ? this.challenge() : await this.api.challenge(slug);
      if (!challenge) return;
      const page = await this.api.list(challenge.id, this.order());
      if (load !== this.loadsStarted) return;
      this.challenge.set(challenge);
      this.page.set(page);
    } catch {
      if (load === this.loadsStarted) this.loadFailed.set(true);
    }
  }

  protected async more(): Promise<void> {
    const current = this.page();
    const challenge = this.challenge();
    if (!current?.nextCursor || !challenge) return;
    await this.run(async () =>
      this.page.set(appendPage(current, await this.api.list(challenge.id, this.order(), current.nextCursor))),
    );
  }

  protected async suggest(formDirective: FormGroupDirective): Promise<void> {
    const challenge = this.challenge();
    if (this.form.invalid || !challenge || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const created = await this.api.suggest(challenge.id, this.form.controls.text.value.trim());
      // resetForm also clears `submitted`, so the emptied field does not show "required".
      formDirective.resetForm();
      this.page.update((page) => page && { ...page, totalCount: page.totalCount + 1, items: [created, ...page.items] });
      this.done.set({ message: { key: 'suggestions.form.done' } });
    } catch (error) {
      const apiError = toApiError(error);
      applyServerFieldErrors(this.form, apiError.fields);
      this.error.set(apiErrorMessage(apiError));
    } finally {
      this.busy.set(false);
    }
  }

  protected async act(suggestion: Suggestion, action: SuggestionAction): Promise<void> {
    switch (action) {
      case 'vote':
        return this.run(async () => this.replace(await this.api.setVote(suggestion.id, !suggestion.votedByMe)));
      case 'report':
        return this.report(suggestion);
      case 'merge':
        return this.merge(suggestion);
      case 'adopt':
        return this.adopt(suggestion);
      case 'hide':
      case 'restore':
        return this.setHidden(suggestion, action === 'hide');
    }
  }

  private async report(suggestion: Suggestion): Promise<void> {
    const ref = this.dialog.open<ReportDialog, ReportDialogData, boolean>(ReportDialog, {
      data: {
        target: 'SUGGESTION',
        send: ({ reason, note }) => this.moderation.report({ suggestionId: suggestion.id, reason, note }),
      },
      width: '32rem',
    });
    if (await firstValueFrom(ref.afterClosed())) this.done.set({ message: { key: 'moderation.report.thanks' } });
  }

  private async merge(source: Suggestion): Promise<void> {
    const candidates = (this.page()?.items ?? []).filter(
      (s) => s.id !== source.id && s.status === 'OPEN' && !s.hiddenAt,
    );
    const ref = this.dialog.open<MergeSuggestionDialog, MergeSuggestionDialogData, Suggestion>(MergeSuggestionDialog, {
      data: { source, candidates },
      width: '36rem',
    });
    const target = await firstValueFrom(ref.afterClosed());
    if (!target) return;
    this.done.set({ message: { key: 'suggestions.staff.merged', params: { count: target.voteCount } } });
    await this.load();
  }

  private async adopt(suggestion: Suggestion): Promise<void> {
    const challenge = this.challenge();
    if (!challenge) return;
    const ref = this.dialog.open<AdoptSuggestionDialog, AdoptSuggestionDialogData, AdoptOutcome>(
      AdoptSuggestionDialog,
      { data: { suggestion, year: challenge.year, locale: this.language.locale() }, width: '36rem' },
    );
    const outcome = await firstValueFrom(ref.afterClosed());
    if (!outcome) return;
    this.done.set({
      message: { key: 'suggestions.staff.adopted', params: { position: outcome.category.position } },
      editorId: outcome.challenge.id,
    });
    await this.load();
  }

  private async setHidden(suggestion: Suggestion, hide: boolean): Promise<void> {
    const reason = await askModerationReason(this.dialog, {
      titleKey: `suggestions.staff.${hide ? 'hideTitle' : 'restoreTitle'}`,
      submitKey: `moderation.comment.${hide ? 'hide' : 'restore'}`,
    });
    if (reason === undefined) return;
    await this.run(async () => {
      const hiddenAt = await this.moderation.setSuggestionHidden(suggestion.id, hide, reason);
      this.replace({ ...suggestion, hiddenAt });
      this.done.set({ message: { key: `suggestions.staff.${hide ? 'hidden' : 'restored'}` } });
    });
  }

  private replace(updated: Suggestion): void {
    this.page.update((page) => page && { ...page, items: page.items.map((s) => (s.id === updated.id ? updated : s)) });
  }

  private run(work: () => Promise<void>): Promise<void> {
    return runWithAlert(work, { busy: this.busy, alert: this.error, readError: toApiError });
  }
}
