import { TestBed } from '@angular/core/testing';
import type { ChartTable } from '../stats-table';
import { chartConfig, wrapLabel, type ChartContext, type ChartKind } from './chart-config';
import { Chart } from './chart-js';
import { StatsChart } from './stats-chart.component';

const table: ChartTable = {
  header: ['Categories filled', 'Online', 'On paper', 'Previous year, online', 'Previous year, on paper'],
  rows: [
    [0, 30, 10, 5, 1],
    [1, 10, 20, 6, 2],
  ],
  plot: [
    { column: 1, colour: 0 },
    { column: 2, colour: 1 },
    { column: 3, colour: 0, previousYear: true },
    { column: 4, colour: 1, previousYear: true },
  ],
};
const context: ChartContext = {
  theme: {
    series: ['rgb(0, 0, 255)', 'rgb(255, 0, 0)', 'rgb(0, 128, 0)'],
    text: 'rgb(10, 10, 10)',
    grid: 'rgb(200, 200, 200)',
    surface: 'rgb(255, 255, 255)',
    fontFamily: 'Roboto',
  },
  locale: 'fi-FI',
  reducedMotion: false,
};

describe('chartConfig', () => {
  it('plots the chosen columns of the table, each named by its header', () => {
    const config = chartConfig('columns', table, context);
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['0', '1']);
    expect(config.data.datasets.map(({ label, data }) => [label, data])).toEqual([
      ['Online', [30, 10]],
      ['On paper', [10, 20]],
      ['Previous year, online', [5, 6]],
      ['Previous year, on paper', [1, 2]],
    ]);
  });

  it("stacks each year's online and paper columns, last year's fainter", () => {
    const datasets = chartConfig('columns', table, context).data.datasets as {
      stack: string;
      backgroundColor: string;
    }[];
    expect(datasets.map(({ stack }) => stack)).toEqual(['current', 'current', 'previous', 'previous']);
    expect(datasets.map(({ backgroundColor }) => backgroundColor)).toEqual([
      'rgb(0, 0, 255)',
      'rgb(255, 0, 0)',
      'rgba(0, 0, 255, 0.45)',
      'rgba(255, 0, 0, 0.45)',
    ]);
  });

  it("dashes the previous year's line", () => {
    const line = chartConfig('line', { ...table, plot: [table.plot[0], table.plot[2]] }, context);
    expect(line.data.datasets.map((one) => (one as { borderDash: number[] }).borderDash)).toEqual([[], [6, 4]]);
  });

  it("makes a donut of one column, a slice per row in the theme's colours", () => {
    const donut = chartConfig('donut', table, context);
    expect(donut.type).toBe('doughnut');
    expect(donut.data.datasets).toHaveLength(1);
    expect(donut.data.datasets[0]).toMatchObject({
      data: [30, 10],
      backgroundColor: ['rgb(0, 0, 255)', 'rgb(255, 0, 0)'],
    });
  });

  it('lays bars on their side and wraps long category names', () => {
    const bars = chartConfig(
      'bars',
      { header: ['Category', 'Books'], rows: [['A book whose title is a question', 3]], plot: [table.plot[0]] },
      context,
    );
    expect(bars.options?.indexAxis).toBe('y');
    expect(bars.options?.scales?.['y']?.ticks).toMatchObject({ autoSkip: false });
    expect(bars.data.labels).toEqual([['A book whose title is a', 'question']]);
    expect(wrapLabel('Poetry')).toEqual(['Poetry']);
  });

  it('follows reduced motion and the active language', () => {
    expect(chartConfig('line', table, context).options?.animation).toEqual({ duration: 400 });
    const calm = chartConfig('line', table, { ...context, reducedMotion: true });
    expect(calm.options?.animation).toBe(false);
    expect(calm.options?.locale).toBe('fi-FI');
  });
});

describe(StatsChart.name, () => {
  afterEach(() => jest.restoreAllMocks());

  function render(kind: ChartKind) {
    const fixture = TestBed.createComponent(StatsChart);
    fixture.componentRef.setInput('kind', kind);
    fixture.componentRef.setInput('table', table);
    fixture.componentRef.setInput('label', 'Participants by categories filled');
    fixture.componentRef.setInput('locale', 'en');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const canvas = element.querySelector('canvas') as HTMLCanvasElement;
    return { fixture, element, canvas, chart: () => Chart.getChart(canvas) };
  }

  it('draws the table on a named canvas with an HTML legend', () => {
    const { canvas, chart, element } = render('columns');
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Participants by categories filled');
    expect(chart()?.data.datasets.map(({ data }) => data)).toEqual([
      [30, 10],
      [10, 20],
      [5, 6],
      [1, 2],
    ]);
    expect([...element.querySelectorAll('.lh-chart__key')].map((key) => key.textContent?.trim())).toEqual(
      table.header.slice(1),
    );
    expect(element.querySelectorAll('.lh-chart__key--previous')).toHaveLength(2);
  });

  it('redraws the same chart when the table changes (another branch)', async () => {
    const { fixture, chart } = render('columns');
    const drawn = chart();
    fixture.componentRef.setInput('table', { ...table, rows: [[0, 1, 2, 3, 4]] });
    await fixture.whenStable();
    expect(chart()).toBe(drawn);
    expect(drawn?.data.labels).toEqual(['0']);
    expect(drawn?.data.datasets.map(({ data }) => data)).toEqual([[1], [2], [3], [4]]);
  });

  it("gives the donut's legend each row's share", () => {
    const { element } = render('donut');
    expect([...element.querySelectorAll('.lh-chart__key')].map((key) => key.textContent?.trim())).toEqual([
      '0: 75 %',
      '1: 25 %',
    ]);
  });

  it('draws again in the new colours when the system switches between light and dark', async () => {
    const schemes: (() => void)[] = [];
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
    jest
      .spyOn(window, 'matchMedia')
      .mockImplementation((query) =>
        query.includes('color-scheme')
          ? ({ ...reduced, addEventListener: (_: string, listener: () => void) => schemes.push(listener) } as never)
          : reduced,
      );
    const { fixture, chart } = render('line');
    await fixture.whenStable();
    const update = jest.spyOn(chart() as Chart, 'update');
    expect(schemes).toHaveLength(1);
    schemes[0]();
    await fixture.whenStable();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('lets the chart go with the component', () => {
    const { fixture, canvas } = render('line');
    fixture.destroy();
    expect(Chart.getChart(canvas)).toBeUndefined();
  });
});
