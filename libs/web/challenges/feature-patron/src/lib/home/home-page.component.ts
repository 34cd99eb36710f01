import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '@lukuhaaste/web/data-access';
import { FormAlert } from '@lukuhaaste/web/ui';
import { EmptyState, LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore, PageMeta } from '@lukuhaaste/web/util-i18n';
import { LogBookLauncher } from '../log-book/log-book-launcher.service';
import { ProgressSection } from '../progress/progress-section.component';
import { type ChallengeView } from '../view/challenge-view.loader';
import { challengeViewResource } from '../view/challenge-view.resource';
import { loadErrorMessage } from '../view/load-error';
import { pageText } from '../view/page-text';

/** This year's challenge, my progress and the fastest way to log a book. */
@Component({
  selector: 'lh-home-page',
  imports: [MatProgressBarModule, RouterLink, TranslocoPipe, EmptyState, FormAlert, LocalizedPipe, ProgressSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.component.html',
  styleUrl: '../view/challenge-view.scss',
})
export class HomePage {
  private readonly launcher = inject(LogBookLauncher);
  protected readonly session = inject(SessionStore);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly errorMessage = loadErrorMessage;

  protected readonly view = challengeViewResource('home-view');

  constructor() {
    // The current challenge's title and description; without one, the app's.
    inject(PageMeta).describe(() => {
      if (!this.view.hasValue()) return null;
      const challenge = this.view.value()?.challenge;
      return challenge ? pageText(challenge, this.locale()) : {};
    });
  }

  protected async logBook(view: ChallengeView): Promise<void> {
    const saved = await this.launcher.open({ challenge: view.challenge, participation: view.participation });
    if (saved) this.view.reload();
  }
}
