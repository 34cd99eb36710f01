import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { pickLocalized } from '@lukuhaaste/shared/util-rules';
import {
  LibrarianBranchesApi,
  LibrarianChallengesApi,
  PaperParticipationApi,
  type PaperParticipation,
} from '@lukuhaaste/web/data-access/librarian';
import { FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { librarianErrorMessage } from '../shared/librarian-error-message';
import { RememberedDeskBranch } from './remembered-desk-branch';

/** How many of this visit's records stay listed for a quick undo. */
const RECENT_LIMIT = 5;

interface Status {
  kind: 'error' | 'success';
  message: AlertMessage;
}

/**
 * The desk form for printed lists returned by readers: the branch is
 * remembered, so each return is a number and Enter. The last few records
 * of this visit are listed with an undo for a mistyped number.
 */
@Component({
  selector: 'lh-paper-desk-page',
  imports: [ReactiveFormsModule, MatButtonModule, RouterLink, TranslocoPipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './paper-desk-page.component.html',
  styleUrl: './paper-desk-page.component.scss',
})
export class PaperDeskPage {
  /** Route parameter: the challenge's id. */
  readonly id = input.required<string>();

  private readonly challenges = inject(LibrarianChallengesApi);
  private readonly branchesApi = inject(LibrarianBranchesApi);
  private readonly papers = inject(PaperParticipationApi);
  private readonly remembered = inject(RememberedDeskBranch);
  private readonly locale = inject(LanguageStore).locale;
  private readonly countField = viewChild<ElementRef<HTMLInputElement>>('countField');

  protected readonly errorMessage = librarianErrorMessage;

  protected readonly desk = resource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => {
      const [challenge, branches] = await Promise.all([this.challenges.get(params.id), this.branchesApi.list()]);
      return { challenge, branches };
    },
  });

  protected readonly title = computed(() =>
    this.desk.hasValue() ? pickLocalized(this.desk.value().challenge.title, this.locale()) : '',
  );
  protected readonly max = computed(() => (this.desk.hasValue() ? this.desk.value().challenge.categoryCount : 0));
  protected readonly branchOptions = computed(() =>
    (this.desk.hasValue() ? this.desk.value().branches : []).map((branch) => ({
      id: branch.id,
      name: pickLocalized(branch.name, this.locale()),
    })),
  );

  protected readonly form = new FormGroup({
    branchId: new FormControl(this.remembered.get() ?? '', { nonNullable: true }),
    count: new FormControl<number | null>(null),
  });
  protected readonly recent = signal<PaperParticipation[]>([]);
  protected readonly status = signal<Status | null>(null);
  protected readonly busy = signal(false);
  /** Set when the number typed last was refused, for aria-invalid. */
  protected readonly countRefused = signal(false);

  constructor() {
    // A remembered branch that no longer exists is forgotten rather than sent.
    effect(() => {
      const options = this.branchOptions();
      const branchId = this.form.controls.branchId;
      if (options.length > 0 && !options.some((branch) => branch.id === branchId.value)) branchId.setValue('');
    });
    this.form.controls.branchId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      if (id) this.remembered.set(id);
    });
  }

  protected branchName(id: string): string {
    return this.branchOptions().find((branch) => branch.id === id)?.name ?? '';
  }

  protected async record(): Promise<void> {
    const { branchId, count } = this.form.getRawValue();
    const countValid = count !== null && Number.isInteger(count) && count >= 0 && count <= this.max();
    this.countRefused.set(!!branchId && !countValid);
    if (this.busy()) return;
    if (!branchId || !countValid) {
      this.status.set({
        kind: 'error',
        message: !branchId
          ? { key: 'librarian.paperDesk.chooseBranch' }
          : { key: 'librarian.paperDesk.outOfRange', params: { max: this.max() } },
      });
      return;
    }
    this.busy.set(true);
    try {
      const paper = await this.papers.record(this.id(), branchId, count);
      this.recent.update((list) => [paper, ...list].slice(0, RECENT_LIMIT));
      this.status.set({ kind: 'success', message: { key: 'librarian.paperDesk.recorded', params: { count } } });
      this.form.controls.count.reset();
    } catch (error) {
      this.status.set({ kind: 'error', message: librarianErrorMessage(error) });
    } finally {
      this.busy.set(false);
      this.countField()?.nativeElement.focus();
    }
  }

  protected async undo(paper: PaperParticipation): Promise<void> {
    this.busy.set(true);
    try {
      await this.papers.undo(paper.id);
      this.recent.update((list) => list.filter((item) => item.id !== paper.id));
      this.status.set({
        kind: 'success',
        message: { key: 'librarian.paperDesk.undone', params: { count: paper.completedCategories } },
      });
    } catch (error) {
      this.status.set({ kind: 'error', message: librarianErrorMessage(error) });
    } finally {
      this.busy.set(false);
      this.countField()?.nativeElement.focus();
    }
  }
}
