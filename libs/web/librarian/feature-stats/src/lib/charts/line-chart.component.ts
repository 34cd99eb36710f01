import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StatsTable } from '../stats-table';
import { chartSeries, rowLabels, seriesMax } from './chart-series';

const WIDTH = 300;
const HEIGHT = 120;

/** A line per series over the table's rows (months), scaled to the container's width. */
@Component({
  selector: 'lh-line-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-chart__legend" aria-hidden="true">
      @for (one of series(); track one.name; let index = $index) {
        <span class="lh-chart__key lh-series-{{ index }}">{{ one.name }}</span>
      }
    </div>
    <div class="lh-line" role="img" [attr.aria-label]="label()">
      <span class="lh-chart__max" aria-hidden="true">{{ max() }}</span>
      <svg [attr.viewBox]="viewBox" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line class="lh-line__axis" x1="0" [attr.y1]="height" [attr.x2]="width" [attr.y2]="height" />
        @for (points of polylines(); track $index; let index = $index) {
          <polyline class="lh-series-{{ index }}" [attr.points]="points" />
        }
      </svg>
      <div class="lh-chart__axis-labels" aria-hidden="true">
        <span>{{ labels()[0] }}</span>
        <span>{{ labels()[labels().length - 1] }}</span>
      </div>
    </div>
  `,
  styleUrl: './chart.scss',
})
export class LineChart {
  readonly table = input.required<StatsTable>();
  readonly label = input.required<string>();
  readonly columns = input<readonly number[]>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly viewBox = `0 -2 ${WIDTH} ${HEIGHT + 4}`;
  protected readonly series = computed(() => chartSeries(this.table(), this.columns()));
  protected readonly labels = computed(() => rowLabels(this.table()));
  protected readonly max = computed(() => seriesMax(this.series()));

  /** SVG points of each series; a single month is drawn as a flat line across. */
  protected readonly polylines = computed(() =>
    this.series().map(({ values }) => {
      const step = values.length > 1 ? WIDTH / (values.length - 1) : WIDTH;
      const points = values.map((value, index) => `${index * step},${HEIGHT - (value / this.max()) * HEIGHT}`);
      return values.length === 1
        ? `${points[0]} ${WIDTH},${HEIGHT - (values[0] / this.max()) * HEIGHT}`
        : points.join(' ');
    }),
  );
}
