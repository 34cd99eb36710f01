import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { StatsTable } from '../stats-table';
import { BarChart } from './bar-chart.component';
import { ColumnChart } from './column-chart.component';
import { DonutChart } from './donut-chart.component';
import { LineChart } from './line-chart.component';

const table: StatsTable = {
  header: ['Format', 'This challenge', 'Previous year'],
  rows: [
    ['Print', 30, 10],
    ['E-book', 10, 20],
  ],
};

function render<T>(component: Type<T>, columns?: number[]) {
  const fixture = TestBed.createComponent(component);
  fixture.componentRef.setInput('table', table);
  fixture.componentRef.setInput('label', 'Books per format');
  if (columns) fixture.componentRef.setInput('columns', columns);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('charts', () => {
  it('draws a bar per row and series, the largest value across the full width', () => {
    const element = render(BarChart);
    expect(element.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Books per format');
    const widths = [...element.querySelectorAll<HTMLElement>('.lh-bars__fill')].map((bar) =>
      parseFloat(bar.style.width).toFixed(1),
    );
    expect(widths).toEqual(['100.0', '33.3', '33.3', '66.7']);
    expect([...element.querySelectorAll('.lh-chart__key')].map((key) => key.textContent)).toEqual([
      'This challenge',
      'Previous year',
    ]);
  });

  it('draws a column per row and series for a histogram', () => {
    const element = render(ColumnChart);
    const heights = [...element.querySelectorAll<HTMLElement>('.lh-columns__column')].map((column) =>
      parseFloat(column.style.height).toFixed(1),
    );
    expect(heights).toEqual(['100.0', '33.3', '33.3', '66.7']);
    expect(element.querySelector('.lh-chart__axis-labels')?.textContent).toContain('E-book');
  });

  it('draws a line per chosen column', () => {
    const element = render(LineChart, [1]);
    const lines = [...element.querySelectorAll('polyline')].map((line) => line.getAttribute('points'));
    expect(lines).toEqual(['0,0 300,80']);
  });

  it("makes each donut slice the row's share of the column", () => {
    const element = render(DonutChart);
    const slices = [...element.querySelectorAll('.lh-donut__slice')].map((slice) =>
      slice.getAttribute('stroke-dasharray'),
    );
    expect(slices).toEqual(['75 25', '25 75']);
    expect(element.querySelector('.lh-donut__legend')?.textContent).toContain('Print: 75 %');
  });
});
