import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StatsTable } from '../stats-table';
import { chartSeries, rowLabels } from './chart-series';

/** A circle of circumference 100 makes each slice's dash length its percentage. */
const RADIUS = 100 / (2 * Math.PI);

/** Shares of one column (by default the first figures column) as a donut, a slice per row. */
@Component({
  selector: 'lh-donut-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-donut" role="img" [attr.aria-label]="label()">
      <svg viewBox="0 0 42 42" aria-hidden="true" focusable="false">
        <circle class="lh-donut__track" cx="21" cy="21" [attr.r]="radius" />
        @for (slice of slices(); track slice.label; let index = $index) {
          <circle
            class="lh-donut__slice lh-series-{{ index }}"
            cx="21"
            cy="21"
            [attr.r]="radius"
            [attr.stroke-dasharray]="slice.share + ' ' + (100 - slice.share)"
            [attr.stroke-dashoffset]="25 - slice.offset"
          />
        }
      </svg>
      <ul class="lh-chart__legend lh-donut__legend" aria-hidden="true">
        @for (slice of slices(); track slice.label; let index = $index) {
          <li class="lh-chart__key lh-series-{{ index }}">{{ slice.label }}: {{ slice.share.toFixed(0) }} %</li>
        }
      </ul>
    </div>
  `,
  styleUrl: './chart.scss',
})
export class DonutChart {
  readonly table = input.required<StatsTable>();
  readonly label = input.required<string>();
  readonly column = input(1);

  protected readonly radius = RADIUS;
  protected readonly slices = computed(() => {
    const values = chartSeries(this.table(), [this.column()])[0]?.values ?? [];
    const total = values.reduce((sum, value) => sum + value, 0) || 1;
    let offset = 0;
    return rowLabels(this.table()).map((label, index) => {
      const share = ((values[index] ?? 0) / total) * 100;
      const slice = { label, share, offset };
      offset += share;
      return slice;
    });
  });
}
