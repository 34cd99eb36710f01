import { ChangeDetectionStrategy, Component, computed, inject, Injector, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '@lukuhaaste/web/data-access';
import { pickLocalized } from '@lukuhaaste/shared/util-rules';
import { type ImportReport, type ReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { FormAlert, openDialog } from '@lukuhaaste/web/ui';
import { EmptyState, LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { ReadingEntryView } from '../entries/reading-entry.component';
import { EntryActions } from '../entries/entry-actions.service';
import { groupEntries } from '../progress/challenge-progress';
import { ProgressSummary } from '../progress/progress-summary.component';
import { ChallengeViewLoader, type ChallengeView } from '../view/challenge-view.loader';
import { EntriesCsvButton } from './entries-csv-button.component';
import { loadErrorMessage } from '../view/load-error';
import type { ImportGoodreadsData, ImportGoodreadsDialog } from './import-goodreads-dialog.component';

/** My entries in this year's challenge, by category, then those not placed yet. */
@Component({
  selector: 'lh-my-reading-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    EmptyState,
    FormAlert,
    LocalizedPipe,
    ReadingEntryView,
    ProgressSummary,
    EntriesCsvButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EntryActions],
  templateUrl: './my-reading-page.component.html',
  styleUrls: ['../view/challenge-view.scss', './my-reading-page.component.scss'],
})
export class MyReadingPage {
  private readonly loader = inject(ChallengeViewLoader);
  private readonly actions = inject(EntryActions);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly errorMessage = loadErrorMessage;
  protected readonly status = this.actions.status;

  protected readonly view = resource({
    params: () => ({ user: this.session.user()?.id ?? null }),
    loader: () => this.loader.load(),
  });

  protected readonly groups = computed(() => {
    const view = this.view.hasValue() ? this.view.value() : null;
    return view ? groupEntries(view.challenge.categories, view.participation?.entries ?? []) : null;
  });

  protected edit(view: ChallengeView, entry?: ReadingEntry): Promise<void> {
    return this.actions.logOrEdit(view, () => this.view.reload(), { entry });
  }

  protected remove(entry: ReadingEntry): Promise<void> {
    return this.actions.remove(entry, () => this.view.reload());
  }

  /** Imported reads arrive unplaced: they show below, each placed in a category by editing it. */
  protected async importGoodreads(view: ChallengeView): Promise<void> {
    const report = await openDialog<ImportGoodreadsDialog, ImportGoodreadsData, ImportReport>(
      this.injector,
      () => import('./import-goodreads-dialog.component').then((module) => module.ImportGoodreadsDialog),
      {
        data: { challengeId: view.challenge.id, challengeTitle: pickLocalized(view.challenge.title, this.locale()) },
        width: '44rem',
        maxWidth: '95vw',
      },
    );
    if (report && report.imported > 0) this.view.reload();
  }
}
