import { pickLocalized, type Locale } from '@lukuhaaste/shared/util-rules';
import type { StatsFigures } from '@lukuhaaste/web/data-access/librarian';

/** A table as shown beside its chart and saved as CSV: translated header, then rows. */
export interface StatsTable {
  header: string[];
  rows: (string | number | null)[][];
}

/** Translates a key of the `librarian.stats` texts. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

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

function withPrevious(pair: StatsPair, current: number, previous: (figures: StatsFigures) => number): number[] {
  return pair.previous ? [current, previous(pair.previous)] : [current];
}

export function keyFiguresTable(t: Translate, pair: StatsPair): StatsTable {
  return {
    header: [t('librarian.stats.figure'), ...yearColumns(t, pair)],
    rows: KEY_FIGURES.map((key) => [
      t(`librarian.stats.keys.${key}`),
      ...withPrevious(pair, pair.current[key], (figures) => figures[key]),
    ]),
  };
}

/**
 * Entries and comments per month; the previous year's entries sit in the row
 * of the same calendar month, so the two years' curves line up.
 */
export function monthsTable(t: Translate, pair: StatsPair): StatsTable {
  const previousByMonth = new Map(pair.previous?.months.map((row) => [row.month.slice(5), row.entries]));
  return {
    header: [
      t('librarian.stats.month'),
      t('librarian.stats.entries'),
      t('librarian.stats.comments'),
      ...(pair.previous ? [t('librarian.stats.previousYearEntries')] : []),
    ],
    rows: pair.current.months.map((row) => [
      row.month,
      row.entries,
      row.comments,
      ...(pair.previous ? [previousByMonth.get(row.month.slice(5)) ?? 0] : []),
    ]),
  };
}

export function categoriesTable(t: Translate, figures: StatsFigures, locale: Locale): StatsTable {
  return {
    header: [t('librarian.stats.category'), t('librarian.stats.entries')],
    rows: figures.categories.map((row) => [pickLocalized(row.title, locale), row.entries]),
  };
}

export function formatsTable(t: Translate, pair: StatsPair): StatsTable {
  return {
    header: [t('librarian.stats.format'), ...yearColumns(t, pair)],
    rows: FORMATS.map((format) => [
      t(`librarian.stats.formats.${format}`),
      ...withPrevious(pair, pair.current.formats[format], (figures) => figures.formats[format]),
    ]),
  };
}

/** Participants per number of filled categories; the previous year may have had another category count. */
export function progressTable(t: Translate, pair: StatsPair): StatsTable {
  const previousByCount = new Map(
    pair.previous?.completedCategoryCounts.map((row) => [row.completedCategories, row.participants]),
  );
  return {
    header: [t('librarian.stats.filledCategories'), ...yearColumns(t, pair)],
    rows: pair.current.completedCategoryCounts.map((row) => [
      row.completedCategories,
      ...withPrevious(pair, row.participants, () => previousByCount.get(row.completedCategories) ?? 0),
    ]),
  };
}

export function topBooksTable(t: Translate, figures: StatsFigures): StatsTable {
  return {
    header: [t('librarian.stats.book'), t('librarian.stats.authors'), t('librarian.stats.entries')],
    rows: figures.topBooks.map((row) => [row.title, row.authors.join('; '), row.entries]),
  };
}

export function topAuthorsTable(t: Translate, figures: StatsFigures): StatsTable {
  return {
    header: [t('librarian.stats.author'), t('librarian.stats.entries')],
    rows: figures.topAuthors.map((row) => [row.author, row.entries]),
  };
}
