import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormAlert } from '@lukuhaaste/web/ui';
import { CategoryCard, EmptyState, LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore, PageMeta } from '@lukuhaaste/web/util-i18n';
import { LogBookLauncher } from '../log-book/log-book-launcher.service';
import { CATEGORY_FILTERS, filterCategories, withEntries, type CategoryFilter } from '../progress/challenge-progress';
import { ProgressSection } from '../progress/progress-section.component';
import { type ChallengeView } from '../view/challenge-view.loader';
import { challengeViewResource } from '../view/challenge-view.resource';
import { loadErrorMessage } from '../view/load-error';
import { pageText } from '../view/page-text';

/** All categories of a challenge as cards, with my done state, filters and a search. */
@Component({
  selector: 'lh-challenge-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    CategoryCard,
    EmptyState,
    FormAlert,
    LocalizedPipe,
    ProgressSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './challenge-page.component.html',
  styleUrls: ['../view/challenge-view.scss', './challenge-page.component.scss'],
})
export class ChallengePage {
  /** Route parameter. */
  readonly slug = input.required<string>();

  private readonly launcher = inject(LogBookLauncher);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly errorMessage = loadErrorMessage;
  protected readonly filters = CATEGORY_FILTERS;

  protected readonly filter = signal<CategoryFilter>('all');
  protected readonly search = signal('');

  protected readonly view = challengeViewResource('challenge-view', this.slug);

  private readonly items = computed(() => {
    const view = this.view.hasValue() ? this.view.value() : null;
    return view ? withEntries(view.challenge.categories, view.participation?.entries ?? []) : [];
  });
  protected readonly shown = computed(() =>
    filterCategories(this.items(), this.filter(), this.search(), this.locale()),
  );
  protected readonly total = computed(() => this.items().length);

  constructor() {
    inject(PageMeta).describe(() => {
      const challenge = this.view.hasValue() ? this.view.value()?.challenge : null;
      return challenge ? pageText(challenge, this.locale()) : null;
    });
  }

  protected setSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected async logBook(view: ChallengeView): Promise<void> {
    const saved = await this.launcher.open({ challenge: view.challenge, participation: view.participation });
    if (saved) this.view.reload();
  }
}
