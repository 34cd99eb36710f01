import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StatsTable } from '../stats-table';
import { chartSeries, rowLabels, seriesMax } from './chart-series';

/**
 * Horizontal bars, a group per row and a bar per series; HTML rather than SVG
 * so long labels wrap at 360 px. Widths are set through the CSSOM, which a
 * strict style-src allows.
 */
@Component({
  selector: 'lh-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-chart__legend" aria-hidden="true">
      @for (one of series(); track one.name; let index = $index) {
        <span class="lh-chart__key lh-series-{{ index }}">{{ one.name }}</span>
      }
    </div>
    <div class="lh-bars" role="img" [attr.aria-label]="label()">
      @for (row of labels(); track $index; let rowIndex = $index) {
        <div class="lh-bars__label" aria-hidden="true">{{ row }}</div>
        <div class="lh-bars__group" aria-hidden="true">
          @for (one of series(); track one.name; let index = $index) {
            <div class="lh-bars__bar lh-series-{{ index }}">
              <span class="lh-bars__fill" [style.width.%]="(one.values[rowIndex] / max()) * 100"></span>
              <span class="lh-bars__value">{{ one.values[rowIndex] }}</span>
            </div>
          }
        </div>
      }
    </div>
  `,
  styleUrl: './chart.scss',
})
export class BarChart {
  readonly table = input.required<StatsTable>();
  /** What the chart shows, read by screen readers (the table alternative has the figures). */
  readonly label = input.required<string>();
  readonly columns = input<readonly number[]>();

  protected readonly series = computed(() => chartSeries(this.table(), this.columns()));
  protected readonly labels = computed(() => rowLabels(this.table()));
  protected readonly max = computed(() => seriesMax(this.series()));
}
