import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { color } from 'chart.js/helpers';
import type { ChartTable, PlottedColumn } from '../stats-table';
import { chartSeries, rowLabels, type ChartSeries } from './chart-series';

/** Line over months, horizontal bars per category, a donut of shares, a column histogram. */
export type ChartKind = 'line' | 'bars' | 'donut' | 'columns';

/** The app's colours as the page resolved them (Material tokens are light-dark() pairs). */
export interface ChartTheme {
  /** By meaning: 0 online, 1 on paper, 2 comments; the donut's slices in row order. */
  series: readonly [string, string, string];
  text: string;
  grid: string;
  /** Behind the chart: the gaps between donut slices. */
  surface: string;
  fontFamily: string;
}

/** What a chart is drawn with besides its table. */
export interface ChartContext {
  theme: ChartTheme;
  locale: string;
  reducedMotion: boolean;
}

const PREVIOUS_YEAR_ALPHA = 0.45;
/** Long category titles wrap at about this many characters, so the bars keep room at 360 px. */
const LABEL_LINE_LENGTH = 24;

/** The Chart.js configuration of a chart of the dashboard, every figure read from its table. */
export function chartConfig(kind: ChartKind, table: ChartTable, context: ChartContext): ChartConfiguration {
  const series = chartSeries(table);
  const labels = rowLabels(table);
  const options = baseOptions(context);
  switch (kind) {
    case 'line':
      return {
        type: 'line',
        data: { labels, datasets: series.map((one) => lineDataset(one, context.theme)) },
        options: { ...options, scales: axes(context.theme, false) },
      };
    case 'bars':
      return {
        type: 'bar',
        data: { labels: labels.map(wrapLabel), datasets: series.map((one) => barDataset(one, context.theme)) },
        options: { ...options, indexAxis: 'y', scales: categoriesOnTheSide(axes(context.theme, false)) },
      };
    case 'columns': {
      // Each year's online and paper columns stack into one, so a bucket holds a column per year.
      const datasets = series.map((one) => ({
        ...barDataset(one, context.theme),
        stack: one.previousYear ? 'previous' : 'current',
      }));
      return { type: 'bar', data: { labels, datasets }, options: { ...options, scales: axes(context.theme, true) } };
    }
    case 'donut':
      return {
        type: 'doughnut',
        data: {
          labels,
          datasets: series.slice(0, 1).map((one) => ({
            label: one.name,
            data: one.values,
            backgroundColor: labels.map((_, index) => context.theme.series[(index % 3) as PlottedColumn['colour']]),
            borderColor: context.theme.surface,
            cutout: '60%',
          })),
        },
        options,
      };
  }
}

function baseOptions({ theme, locale, reducedMotion }: ChartContext) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    locale,
    animation: reducedMotion ? (false as const) : { duration: 400 },
    color: theme.text,
    font: { family: theme.fontFamily },
  };
}

function axes(theme: ChartTheme, stacked: boolean) {
  // Counts of people or books: whole numbers from zero (the category axis ignores both).
  const axis = {
    stacked,
    beginAtZero: true,
    ticks: { color: theme.text, precision: 0 },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
  return { x: axis, y: axis };
}

/** Every category keeps its name: the plot is as tall as the categories need (see the component). */
function categoriesOnTheSide(scales: ReturnType<typeof axes>) {
  return { ...scales, y: { ...scales.y, ticks: { ...scales.y.ticks, autoSkip: false } } };
}

function seriesColour(one: ChartSeries, theme: ChartTheme): string {
  const colour = theme.series[one.colour];
  const parsed = color(colour);
  // A colour that cannot be parsed (none the browser resolves) is drawn unfaded rather than not at all.
  return one.previousYear && parsed.valid ? (parsed.alpha(PREVIOUS_YEAR_ALPHA).rgbString() ?? colour) : colour;
}

function lineDataset(one: ChartSeries, theme: ChartTheme): ChartDataset<'line'> {
  const colour = seriesColour(one, theme);
  return {
    label: one.name,
    data: one.values,
    borderColor: colour,
    backgroundColor: colour,
    // Dashed as well as fainter: last year's line is told apart without colour.
    borderDash: one.previousYear ? [6, 4] : [],
    pointRadius: 3,
  };
}

function barDataset(one: ChartSeries, theme: ChartTheme): ChartDataset<'bar'> {
  const colour = seriesColour(one, theme);
  return { label: one.name, data: one.values, backgroundColor: colour, borderColor: colour };
}

/** A label split into lines at spaces (Chart.js draws an array as lines). */
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length < LABEL_LINE_LENGTH) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}
