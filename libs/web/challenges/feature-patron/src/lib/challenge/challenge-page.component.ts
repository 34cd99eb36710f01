import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, type Type } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormAlert } from '@lukuhaaste/web/ui';
import { CategoryCard, EmptyState, LocalizedPipe, SearchField } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore, PageMeta } from '@lukuhaaste/web/util-i18n';
import { LogBookLauncher } from '../log-book/log-book-launcher.service';
import { filterCategories, withEntries, type CategoryFilter } from '../progress/challenge-progress';
import { ProgressSection } from '../progress/progress-section.component';
import { type ChallengeView } from '../view/challenge-view.loader';
import { challengeViewResource } from '../view/challenge-view.resource';
import { loadErrorMessage } from '../view/load-error';
import { pageText } from '../view/page-text';

/** All categories of a challenge as cards, with my done state, filters and a search. */
@Component({
  selector: 'lh-challenge-page',
  imports: [
    MatProgressBarModule,
    NgComponentOutlet,
    RouterLink,
    TranslocoPipe,
    CategoryCard,
    EmptyState,
    FormAlert,
    LocalizedPipe,
    ProgressSection,
    SearchField,
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

  protected readonly filter = signal<CategoryFilter>('all');
  protected readonly search = signal('');
  /** The done / to-do filter, loaded for participants only (see CategoryFilterToggle). */
  protected readonly filterToggle = signal<Type<unknown> | null>(null);

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
    effect(() => {
      const participating = this.view.hasValue() && !!this.view.value()?.participation;
      if (!participating || this.filterToggle()) return;
      void import('./category-filter-toggle.component').then((m) => this.filterToggle.set(m.CategoryFilterToggle));
    });
    inject(PageMeta).describe(() => {
      const challenge = this.view.hasValue() ? this.view.value()?.challenge : null;
      return challenge ? pageText(challenge, this.locale()) : null;
    });
  }

  protected async logBook(view: ChallengeView): Promise<void> {
    const saved = await this.launcher.open({ challenge: view.challenge, participation: view.participation });
    if (saved) this.view.reload();
  }
}
