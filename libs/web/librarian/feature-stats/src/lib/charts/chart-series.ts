import type { ChartTable, PlottedColumn, StatsTable } from '../stats-table';

/** One plotted column of a table: its header as the name, its cells as numbers. */
export interface ChartSeries extends PlottedColumn {
  name: string;
  values: number[];
}

/**
 * The series a chart draws from its table: the columns its `plot` names.
 * Charts and their table alternative read the same data, so they cannot disagree.
 */
export function chartSeries(table: ChartTable): ChartSeries[] {
  return table.plot.map((plotted) => ({
    ...plotted,
    name: table.header[plotted.column] ?? '',
    values: table.rows.map((row) => Number(row[plotted.column] ?? 0)),
  }));
}

/** The first column's cells, which label the rows (months, categories, formats, filled categories). */
export function rowLabels(table: StatsTable): string[] {
  return table.rows.map((row) => String(row[0] ?? ''));
}

/** Each value's share of their sum in whole per cent (the donut's legend). */
export function percentages(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0) || 1;
  return values.map((value) => Math.round((value / total) * 100));
}
