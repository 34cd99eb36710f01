import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CATEGORY_THREAD_SECTION } from '@lukuhaaste/web/data-access';
import { type ReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { FormAlert } from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore, PageMeta } from '@lukuhaaste/web/util-i18n';
import { ReadingEntryView } from '../entries/reading-entry.component';
import { EntryActions } from '../entries/entry-actions.service';
import { ProgressSummary } from '../progress/progress-summary.component';
import { type ChallengeView } from '../view/challenge-view.loader';
import { challengeViewResource } from '../view/challenge-view.resource';
import { loadErrorMessage } from '../view/load-error';
import { pageText } from '../view/page-text';
import { CategoryReads } from './category-reads.component';
import { CategoryThreadSlot } from './category-thread-slot.component';

/** One category: its description, my book for it (or a way to log one) and what others read. */
@Component({
  selector: 'lh-category-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    LocalizedPipe,
    ReadingEntryView,
    ProgressSummary,
    CategoryReads,
    CategoryThreadSlot,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EntryActions],
  templateUrl: './category-page.component.html',
  styleUrls: ['../view/challenge-view.scss', './category-page.component.scss'],
})
export class CategoryPage {
  /** Route parameters. */
  readonly slug = input.required<string>();
  readonly position = input.required<string>();

  private readonly actions = inject(EntryActions);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly errorMessage = loadErrorMessage;
  protected readonly status = this.actions.status;
  /** The app provides the category's discussion (see CATEGORY_THREAD_SECTION). */
  protected readonly hasThreadSection = inject(CATEGORY_THREAD_SECTION, { optional: true }) !== null;

  protected readonly view = challengeViewResource('category-view', this.slug);

  protected readonly page = computed(() => {
    const view = this.view.hasValue() ? this.view.value() : null;
    if (!view) return null;
    const categories = view.challenge.categories;
    const index = categories.findIndex((c) => String(c.position) === this.position());
    if (index < 0) return { view, category: null, entry: null, previous: null, next: null };
    const category = categories[index];
    return {
      view,
      category,
      entry: view.participation?.entries.find((e) => e.category?.id === category.id) ?? null,
      previous: categories[index - 1] ?? null,
      next: categories[index + 1] ?? null,
    };
  });

  constructor() {
    inject(PageMeta).describe(() => {
      const page = this.page();
      return page?.category ? pageText(page.category, this.locale(), page.view.challenge) : null;
    });
  }

  protected logBook(view: ChallengeView, categoryId: string, entry?: ReadingEntry): Promise<void> {
    return this.actions.logOrEdit(view, () => this.view.reload(), { categoryId, entry });
  }

  protected remove(entry: ReadingEntry): Promise<void> {
    return this.actions.remove(entry, () => this.view.reload());
  }
}
