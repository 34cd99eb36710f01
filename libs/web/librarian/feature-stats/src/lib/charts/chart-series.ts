import type { StatsTable } from '../stats-table';

/** One plotted column of a table: its header as the name, its cells as numbers. */
export interface ChartSeries {
  name: string;
  values: number[];
}

/**
 * The series a chart draws from its table: the first column labels the rows,
 * the given columns (all after the first by default) hold the numbers. Charts
 * and their table alternative read the same data, so they cannot disagree.
 */
export function chartSeries(table: StatsTable, columns?: readonly number[]): ChartSeries[] {
  const picked = columns ?? table.header.map((_, index) => index).slice(1);
  return picked.map((column) => ({
    name: table.header[column] ?? '',
    values: table.rows.map((row) => Number(row[column] ?? 0)),
  }));
}

export function rowLabels(table: StatsTable): string[] {
  return table.rows.map((row) => String(row[0] ?? ''));
}

/** The largest value of all series, at least 1 so an empty chart divides safely. */
export function seriesMax(series: readonly ChartSeries[]): number {
  return Math.max(1, ...series.flatMap((one) => one.values));
}
