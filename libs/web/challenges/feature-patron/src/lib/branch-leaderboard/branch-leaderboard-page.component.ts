import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { pickLocalized } from '@lukuhaaste/shared/util-rules';
import { SessionStore } from '@lukuhaaste/web/data-access';
import { BranchesApi, ChallengesApi } from '@lukuhaaste/web/data-access/reading';
import { FormAlert } from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { loadErrorMessage } from '../view/load-error';

/**
 * The friendly competition between libraries in one challenge: participants,
 * books and completions per home branch, for everyone to see. The reader's
 * own home branch is marked; without one, a link leads to the profile.
 */
@Component({
  selector: 'lh-branch-leaderboard-page',
  imports: [RouterLink, TranslocoPipe, FormAlert, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './branch-leaderboard-page.component.html',
  styleUrl: './branch-leaderboard-page.component.scss',
})
export class BranchLeaderboardPage {
  /** Route parameter. */
  readonly slug = input.required<string>();

  private readonly challenges = inject(ChallengesApi);
  private readonly branches = inject(BranchesApi);
  private readonly session = inject(SessionStore);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly errorMessage = loadErrorMessage;
  protected readonly homeBranchId = computed(() => this.session.user()?.homeBranchId ?? null);
  protected readonly signedIn = computed(() => this.session.user() !== null);

  protected readonly board = resource({
    params: () => ({ slug: this.slug() }),
    loader: async ({ params }) => {
      const challenge = await this.challenges.bySlug(params.slug);
      return { challenge, standings: await this.branches.leaderboard(challenge.id) };
    },
  });

  /** Rows with the branch named in the reader's language. */
  protected readonly rows = computed(() => {
    const board = this.board.hasValue() ? this.board.value() : null;
    const locale = this.locale();
    return (board?.standings ?? []).map((row) => ({ ...row, name: pickLocalized(row.branch.name, locale) }));
  });
}
