import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, SessionStore } from '@lukuhaaste/web/data-access';
import { type ReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { EmptyState, LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { ReadingEntryView } from '../entries/reading-entry.component';
import { RemoveEntry } from '../entries/remove-entry.service';
import { LogBookLauncher } from '../log-book/log-book-launcher.service';
import { groupEntries } from '../progress/challenge-progress';
import { ProgressSummary } from '../progress/progress-summary.component';
import { ChallengeViewLoader, type ChallengeView } from '../view/challenge-view.loader';
import { loadErrorMessage } from '../view/load-error';

/** My entries in this year's challenge, by category, then those not placed yet. */
@Component({
  selector: 'lh-my-reading-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe, EmptyState, FormAlert, LocalizedPipe, ReadingEntryView, ProgressSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-reading-page.component.html',
  styleUrls: ['../view/challenge-view.scss', './my-reading-page.component.scss'],
})
export class MyReadingPage {
  private readonly loader = inject(ChallengeViewLoader);
  private readonly launcher = inject(LogBookLauncher);
  private readonly removeEntry = inject(RemoveEntry);
  private readonly session = inject(SessionStore);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly errorMessage = loadErrorMessage;
  protected readonly status = signal<{ kind: 'error' | 'success'; message: AlertMessage } | null>(null);

  protected readonly view = resource({
    params: () => ({ user: this.session.user()?.id ?? null }),
    loader: () => this.loader.load(),
  });

  protected readonly groups = computed(() => {
    const view = this.view.hasValue() ? this.view.value() : null;
    return view ? groupEntries(view.challenge.categories, view.participation?.entries ?? []) : null;
  });

  protected async edit(view: ChallengeView, entry?: ReadingEntry): Promise<void> {
    const saved = await this.launcher.open({ challenge: view.challenge, participation: view.participation, entry });
    if (!saved) return;
    this.status.set({ kind: 'success', message: { key: 'entry.saved' } });
    this.view.reload();
  }

  protected async remove(entry: ReadingEntry): Promise<void> {
    this.status.set(null);
    try {
      if (!(await this.removeEntry.confirmAndRemove(entry))) return;
      this.status.set({ kind: 'success', message: { key: 'entry.removed' } });
      this.view.reload();
    } catch (error) {
      this.status.set({ kind: 'error', message: apiErrorMessage(error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR')) });
    }
  }
}
