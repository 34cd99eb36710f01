import { pickLocalized, type Locale } from '@lukuhaaste/shared/util-rules';
import type { StatsFigures } from '@lukuhaaste/web/data-access/librarian';

/** A table as shown beside its chart and saved as CSV: translated header, then rows. */
export interface StatsTable {
  header: string[];
  rows: (string | number | null)[][];
}

/** Translates a key of the `librarian.stats` texts. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * How a chart draws one column of its table. The colour follows the meaning
 * (0 online, 1 on paper, 2 comments) so it stays the same across charts; the
 * previous year's columns are drawn fainter (and lines dashed) in that colour.
 */
export interface PlottedColumn {
  column: number;
  colour: 0 | 1 | 2;
  previousYear?: boolean;
}

/** A table that a chart draws: the columns it plots (the first column labels the rows). */
export interface ChartTable extends StatsTable {
  plot: readonly PlottedColumn[];
}

/** The challenge shown and, for year-over-year columns, the previous year's (null when there is none). */
export interface StatsPair {
  current: StatsFigures;
  previous: StatsFigures | null;
}

const KEY_FIGURES = ['participants', 'activeParticipants', 'entries', 'completions'] as const;
const FORMATS = ['print', 'ebook', 'audiobook'] as const;

/** Header cells for "this year" and, when there is one, "previous year". */
function yearColumns(t: Translate, pair: StatsPair): string[] {
  return pair.previous
    ? [t('librarian.stats.thisYear'), t('librarian.stats.previousYear')]
    : [t('librarian.stats.thisYear')];
}

/** Header cells for online and on paper, this year's and, when there is one, the previous year's. */
function channelColumns(t: Translate, pair: StatsPair): string[] {
  const current = [t('librarian.stats.online'), t('librarian.stats.onPaper')];
  return pair.previous
    ? [...current, t('librarian.stats.previousOnline'), t('librarian.stats.previousOnPaper')]
    : current;
}

function withPrevious<T>(pair: StatsPair, current: T[], previous: (figures: StatsFigures) => T[]): T[] {
  return pair.previous ? [...current, ...previous(pair.previous)] : current;
}

/**
 * Online and paper figures side by side, this year's then the previous
 * year's; figures that printed lists do not have (activity, books) are empty.
 */
export function keyFiguresTable(t: Translate, pair: StatsPair): StatsTable {
  // Printed lists tell only how many were returned and how many were completed.
  const cells = (figures: StatsFigures, key: (typeof KEY_FIGURES)[number]) => [
    figures.online[key],
    key === 'participants' || key === 'completions' ? figures.paper[key] : null,
  ];
  return {
    header: [t('librarian.stats.figure'), ...channelColumns(t, pair)],
    rows: KEY_FIGURES.map((key) => [
      t(`librarian.stats.keys.${key}`),
      ...withPrevious(pair, cells(pair.current, key), (figures) => cells(figures, key)),
    ]),
  };
}

/**
 * Entries and comments per month; the previous year's entries sit in the row
 * of the same calendar month, so the two years' curves line up.
 */
export function monthsTable(t: Translate, pair: StatsPair): ChartTable {
  const previousByMonth = new Map(pair.previous?.online.months.map((row) => [row.month.slice(5), row.entries]));
  return {
    header: [
      t('librarian.stats.month'),
      t('librarian.stats.entries'),
      t('librarian.stats.comments'),
      ...(pair.previous ? [t('librarian.stats.previousYearEntries')] : []),
    ],
    rows: pair.current.online.months.map((row) => [
      row.month,
      row.entries,
      row.comments,
      ...(pair.previous ? [previousByMonth.get(row.month.slice(5)) ?? 0] : []),
    ]),
    plot: [
      { column: 1, colour: 0 },
      { column: 2, colour: 2 },
      ...(pair.previous ? [{ column: 3, colour: 0, previousYear: true } as const] : []),
    ],
  };
}

export function categoriesTable(t: Translate, figures: StatsFigures, locale: Locale): ChartTable {
  return {
    header: [t('librarian.stats.category'), t('librarian.stats.entries')],
    rows: figures.online.categories.map((row) => [pickLocalized(row.title, locale), row.entries]),
    plot: [{ column: 1, colour: 0 }],
  };
}

/** Books per format; the donut shows this year's shares, the table the previous year's beside them. */
export function formatsTable(t: Translate, pair: StatsPair): ChartTable {
  return {
    header: [t('librarian.stats.format'), ...yearColumns(t, pair)],
    rows: FORMATS.map((format) => [
      t(`librarian.stats.formats.${format}`),
      ...withPrevious(pair, [pair.current.online.formats[format]], (figures) => [figures.online.formats[format]]),
    ]),
    plot: [{ column: 1, colour: 0 }],
  };
}

type Buckets = StatsFigures['paper']['completedCategoryCounts'];

/** Online participants and paper lists with the given number of filled categories (0 where none). */
function progressCells(figures: StatsFigures): (filled: number) => number[] {
  const byFilled = (buckets: Buckets) => new Map(buckets.map((row) => [row.completedCategories, row.participants]));
  const online = byFilled(figures.online.completedCategoryCounts);
  const paper = byFilled(figures.paper.completedCategoryCounts);
  return (filled) => [online.get(filled) ?? 0, paper.get(filled) ?? 0];
}

/**
 * Participants online and printed lists per number of filled categories, this
 * year's and the previous year's (which may have had another category count).
 */
export function progressTable(t: Translate, pair: StatsPair): ChartTable {
  const current = progressCells(pair.current);
  const previous = pair.previous && progressCells(pair.previous);
  return {
    header: [t('librarian.stats.filledCategories'), ...channelColumns(t, pair)],
    rows: pair.current.online.completedCategoryCounts.map(({ completedCategories: filled }) => [
      filled,
      ...current(filled),
      ...(previous ? previous(filled) : []),
    ]),
    plot: [
      { column: 1, colour: 0 },
      { column: 2, colour: 1 },
      ...(previous
        ? ([
            { column: 3, colour: 0, previousYear: true },
            { column: 4, colour: 1, previousYear: true },
          ] as const)
        : []),
    ],
  };
}

export function topBooksTable(t: Translate, figures: StatsFigures): StatsTable {
  return {
    header: [t('librarian.stats.book'), t('librarian.stats.authors'), t('librarian.stats.entries')],
    rows: figures.online.topBooks.map((row) => [row.title, row.authors.join('; '), row.entries]),
  };
}

export function topAuthorsTable(t: Translate, figures: StatsFigures): StatsTable {
  return {
    header: [t('librarian.stats.author'), t('librarian.stats.entries')],
    rows: figures.online.topAuthors.map((row) => [row.author, row.entries]),
  };
}
