import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { pickLocalized } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import { LibrarianStatsApi, type StatsChallenge } from '@lukuhaaste/web/data-access/librarian';
import { apiErrorMessage, FormAlert } from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { firstValueFrom } from 'rxjs';
import { type ChartKind } from './charts/chart-config';
import { StatsChart } from './charts/stats-chart.component';
import { StatsSection } from './stats-section.component';
import {
  categoriesTable,
  formatsTable,
  keyFiguresTable,
  monthsTable,
  progressTable,
  topAuthorsTable,
  topBooksTable,
  type ChartTable,
  type StatsTable,
  type Translate,
} from './stats-table';

type ChartedTable = 'months' | 'categories' | 'formats' | 'progress';
type PageTables = Record<'keyFigures' | 'topBooks' | 'topAuthors', StatsTable> & Record<ChartedTable, ChartTable>;

/** The charted blocks in page order; each slug names its table and its CSV file. */
const CHART_BLOCKS: readonly { slug: ChartedTable; heading: string; kind: ChartKind; wide: boolean }[] = [
  { slug: 'months', heading: 'librarian.stats.perMonth', kind: 'line', wide: true },
  { slug: 'categories', heading: 'librarian.stats.perCategory', kind: 'bars', wide: false },
  { slug: 'formats', heading: 'librarian.stats.perFormat', kind: 'donut', wide: false },
  { slug: 'progress', heading: 'librarian.stats.progress', kind: 'columns', wide: false },
];

/** The blocks shown as tables only. */
const TABLE_BLOCKS: readonly { slug: string; heading: string; table: 'topBooks' | 'topAuthors' }[] = [
  { slug: 'top-books', heading: 'librarian.stats.topBooks', table: 'topBooks' },
  { slug: 'top-authors', heading: 'librarian.stats.topAuthors', table: 'topAuthors' },
];

/**
 * Librarians' statistics of one challenge: key figures, charts with their
 * tables and CSV, the previous year's challenge beside it, and a branch filter.
 * The challenge and branch are query parameters, so a view can be bookmarked.
 */
@Component({
  selector: 'lh-stats-page',
  imports: [MatFormFieldModule, MatInputModule, TranslocoPipe, LocalizedPipe, FormAlert, StatsSection, StatsChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stats-page.component.html',
  styleUrl: './stats-page.component.scss',
})
export class StatsPage {
  /** Query parameter: the challenge's id; the newest that is not a draft when absent or unknown. */
  readonly challenge = input<string | undefined>();
  /** Query parameter: a branch id, limiting the figures to the patrons whose home branch it is. */
  readonly branch = input<string | undefined>();

  private readonly api = inject(LibrarianStatsApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly chartBlocks = CHART_BLOCKS;
  protected readonly tableBlocks = TABLE_BLOCKS;
  /**
   * The active language once its librarian texts are loaded: a language switch
   * loads only the root texts, and the tables are translated in code.
   */
  private readonly textsLocale = resource({
    params: () => this.locale(),
    loader: async ({ params: locale }) => {
      await firstValueFrom(this.transloco.selectTranslation(`librarian/${locale}`));
      return locale;
    },
  });

  protected readonly filters = resource({ loader: () => this.api.filters() });
  protected readonly challenges = computed(() => (this.filters.hasValue() ? this.filters.value().challenges : []));
  protected readonly branches = computed(() => (this.filters.hasValue() ? this.filters.value().branches : []));

  protected readonly selected = computed(
    () =>
      this.challenges().find(({ id }) => id === this.challenge()) ??
      this.challenges().find(({ status }) => status !== 'DRAFT') ??
      this.challenges()[0] ??
      null,
  );
  /** Year-over-year: the challenge of the year before (a draft never is one). */
  protected readonly previous = computed(() => {
    const selected = this.selected();
    return selected
      ? (this.challenges().find(({ year, status }) => year === selected.year - 1 && status !== 'DRAFT') ?? null)
      : null;
  });
  protected readonly branchId = computed(() => this.branch() || null);

  protected readonly figures = resource({
    params: () => {
      const selected = this.selected();
      return selected
        ? { id: selected.id, previousId: this.previous()?.id ?? null, branchId: this.branchId() }
        : undefined;
    },
    loader: async ({ params }) => {
      const [current, previous] = await Promise.all([
        this.api.figures(params.id, params.branchId),
        params.previousId ? this.api.figures(params.previousId, params.branchId) : null,
      ]);
      return { current, previous };
    },
  });

  protected readonly error = computed(() => {
    const error = this.filters.error() ?? this.figures.error();
    return error ? apiErrorMessage(toApiError(error)) : null;
  });

  protected readonly loading = computed(() => this.figures.isLoading() || this.textsLocale.isLoading());

  /** Every table of the page, rebuilt when the figures or the language change. */
  private readonly freshTables = computed((): PageTables | null => {
    const locale = this.textsLocale.hasValue() ? this.textsLocale.value() : null;
    if (!locale || !this.figures.hasValue()) return null;
    const pair = this.figures.value();
    const t: Translate = (key, params) => this.transloco.translate(key, params, locale);
    return {
      keyFigures: keyFiguresTable(t, pair),
      months: monthsTable(t, pair),
      categories: categoriesTable(t, pair.current, locale),
      formats: formatsTable(t, pair),
      progress: progressTable(t, pair),
      topBooks: topBooksTable(t, pair.current),
      topAuthors: topAuthorsTable(t, pair.current),
    };
  });

  /**
   * The tables shown: while another branch, challenge or language loads, the
   * last ones stay (marked busy), so open tables and focus are not lost.
   */
  protected readonly tables = linkedSignal({
    source: () => ({ tables: this.freshTables(), loading: this.loading() }),
    computation: ({ tables, loading }, previous?: { value: PageTables | null }) =>
      tables ?? (loading ? (previous?.value ?? null) : null),
  });

  /** The CSV files' name: the year, and the branch's slug when filtered. */
  protected readonly fileName = computed(() => {
    const branch = this.branches().find(({ id }) => id === this.branchId());
    return ['stats', this.selected()?.year, branch?.slug].filter(Boolean).join('-');
  });

  protected title(challenge: StatsChallenge): string {
    return `${pickLocalized(challenge.title, this.locale())} (${challenge.year})`;
  }

  protected selectChallenge(id: string): void {
    this.navigate({ challenge: id });
  }

  protected selectBranch(id: string): void {
    this.navigate({ branch: id || null });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
