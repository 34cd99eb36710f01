import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StatsTable } from '../stats-table';
import { chartSeries, rowLabels, seriesMax } from './chart-series';

/**
 * A histogram: a column group per row (e.g. number of filled categories), a
 * column per series, so fifty buckets still fit a phone's width.
 */
@Component({
  selector: 'lh-column-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-chart__legend" aria-hidden="true">
      @for (one of series(); track one.name; let index = $index) {
        <span class="lh-chart__key lh-series-{{ index }}">{{ one.name }}</span>
      }
    </div>
    <div class="lh-columns" role="img" [attr.aria-label]="label()">
      <span class="lh-chart__max" aria-hidden="true">{{ max() }}</span>
      <div class="lh-columns__plot" aria-hidden="true">
        @for (row of labels(); track $index; let rowIndex = $index) {
          <div class="lh-columns__group">
            @for (one of series(); track one.name; let index = $index) {
              <span
                class="lh-columns__column lh-series-{{ index }}"
                [style.height.%]="(one.values[rowIndex] / max()) * 100"
              ></span>
            }
          </div>
        }
      </div>
      <div class="lh-chart__axis-labels" aria-hidden="true">
        <span>{{ labels()[0] }}</span>
        <span>{{ labels()[labels().length - 1] }}</span>
      </div>
    </div>
  `,
  styleUrl: './chart.scss',
})
export class ColumnChart {
  readonly table = input.required<StatsTable>();
  readonly label = input.required<string>();

  protected readonly series = computed(() => chartSeries(this.table()));
  protected readonly labels = computed(() => rowLabels(this.table()));
  protected readonly max = computed(() => seriesMax(this.series()));
}
