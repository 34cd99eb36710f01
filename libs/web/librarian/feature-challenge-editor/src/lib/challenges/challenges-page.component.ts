import { ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { pickLocalized } from '@lukuhaaste/shared/util-rules';
import {
  LibrarianChallengesApi,
  type ChallengeSummary,
  type EditorChallenge,
} from '@lukuhaaste/web/data-access/librarian';
import { FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { firstValueFrom } from 'rxjs';
import { librarianErrorMessage } from '../shared/librarian-error-message';
import { ChallengeStatusChip } from '../ui/challenge-status-chip.component';
import { CreateChallengeDialog, type CreateChallengeDialogData } from './create-challenge-dialog.component';
import { newestChallenge } from './newest-challenge';

@Component({
  selector: 'lh-challenges-page',
  imports: [RouterLink, MatButtonModule, TranslocoPipe, FormAlert, ChallengeStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './challenges-page.component.html',
  styleUrl: './challenges-page.component.scss',
})
export class ChallengesPage {
  private readonly api = inject(LibrarianChallengesApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageStore);

  protected readonly challenges = signal<ChallengeSummary[] | null>(null);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly newest = computed(() => newestChallenge(this.challenges() ?? []));

  constructor() {
    void this.load();
  }

  protected title(challenge: ChallengeSummary): string {
    return pickLocalized(challenge.title, this.language.locale());
  }

  protected async cloneLastYear(): Promise<void> {
    const source = this.newest();
    if (!source || this.busy()) return;
    await this.run(async () => {
      const clone = await this.api.clone(source.id, source.year + 1);
      await this.open(clone);
    });
  }

  protected async create(): Promise<void> {
    const year = (this.newest()?.year ?? new Date().getFullYear() - 1) + 1;
    const ref = this.dialog.open<CreateChallengeDialog, CreateChallengeDialogData, EditorChallenge>(
      CreateChallengeDialog,
      {
        data: { year },
        injector: this.injector,
        width: '56rem',
        maxWidth: '95vw',
      },
    );
    const created = await firstValueFrom(ref.afterClosed());
    if (created) await this.open(created);
  }

  private async load(): Promise<void> {
    await this.run(async () => this.challenges.set(await this.api.list()));
  }

  private async open(challenge: { id: string }): Promise<void> {
    await this.router.navigate(['/librarian/challenges', challenge.id]);
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      await action();
    } catch (error) {
      this.error.set(librarianErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
