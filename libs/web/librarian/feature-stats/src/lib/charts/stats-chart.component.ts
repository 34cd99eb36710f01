import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { ChartTable } from '../stats-table';
import { chartConfig, type ChartKind, type ChartTheme } from './chart-config';
import { Chart } from './chart-js';
import { chartSeries, percentages, rowLabels } from './chart-series';

/** Plot heights in rem: bars grow with the categories, so each keeps room for a three-line title. */
const PLOT_HEIGHT: Record<Exclude<ChartKind, 'bars'>, number> = { line: 16, columns: 16, donut: 12 };
const BAR_ROW_HEIGHT = 3;
const BAR_AXIS_HEIGHT = 3;

/**
 * One chart of the dashboard, drawn by Chart.js on a canvas that is a
 * `role="img"` with the chart's name (the table beside it has the figures).
 * The legend is HTML; the colours are read from hidden swatches styled with
 * the app's tokens, so the canvas follows the theme, light or dark.
 */
@Component({
  selector: 'lh-stats-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="lh-chart__legend" aria-hidden="true">
      @if (kind() === 'donut') {
        @for (slice of slices(); track $index) {
          <li class="lh-chart__key lh-series-{{ $index }}">{{ slice.label }}: {{ slice.share }} %</li>
        }
      } @else {
        @for (one of series(); track $index) {
          <li class="lh-chart__key lh-series-{{ one.colour }}" [class.lh-chart__key--previous]="one.previousYear">
            {{ one.name }}
          </li>
        }
      }
    </ul>
    <div class="lh-chart__plot" [style.height.rem]="height()">
      <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
    </div>
    <div #palette class="lh-chart__palette" aria-hidden="true">
      <span class="lh-series-0"></span>
      <span class="lh-series-1"></span>
      <span class="lh-series-2"></span>
      <span class="lh-chart__text"></span>
      <span class="lh-chart__grid"></span>
      <span class="lh-chart__surface"></span>
    </div>
  `,
  styleUrl: './chart.scss',
})
export class StatsChart {
  readonly kind = input.required<ChartKind>();
  readonly table = input.required<ChartTable>();
  /** What the chart shows, read by screen readers (the table alternative has the figures). */
  readonly label = input.required<string>();
  /** Formats the axes' and tooltips' numbers. */
  readonly locale = input.required<string>();

  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly palette = viewChild.required<ElementRef<HTMLElement>>('palette');
  private chart: Chart | null = null;
  /** Counts the system's light/dark switches: the theme's colours change, so the canvas is drawn again. */
  private readonly colourSchemeChanges = signal(0);

  protected readonly series = computed(() => chartSeries(this.table()));
  protected readonly slices = computed(() => {
    const shares = percentages(this.series()[0]?.values ?? []);
    return rowLabels(this.table()).map((label, index) => ({ label, share: shares[index] }));
  });
  protected readonly height = computed(() => {
    const kind = this.kind();
    return kind === 'bars' ? this.table().rows.length * BAR_ROW_HEIGHT + BAR_AXIS_HEIGHT : PLOT_HEIGHT[kind];
  });

  constructor() {
    // Browser only (never on the server), after the canvas is in the page; again whenever the table changes.
    afterRenderEffect(() => this.draw());
    afterNextRender(() => this.followColourScheme());
    this.destroyRef.onDestroy(() => this.chart?.destroy());
  }

  private followColourScheme(): void {
    const scheme = this.document.defaultView?.matchMedia('(prefers-color-scheme: dark)');
    const redraw = () => this.colourSchemeChanges.update((count) => count + 1);
    scheme?.addEventListener('change', redraw);
    this.destroyRef.onDestroy(() => scheme?.removeEventListener('change', redraw));
  }

  private draw(): void {
    this.colourSchemeChanges(); // read so that a light/dark switch draws again
    const config = chartConfig(this.kind(), this.table(), {
      theme: this.theme(),
      locale: this.locale(),
      reducedMotion: this.document.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true,
    });
    if (!this.chart) {
      this.chart = new Chart(this.canvas().nativeElement, config);
      return;
    }
    this.chart.data = config.data;
    this.chart.options = config.options ?? {};
    this.chart.update();
  }

  private theme(): ChartTheme {
    const view = this.document.defaultView;
    const [series0, series1, series2, text, grid, surface] = [...this.palette().nativeElement.children].map(
      (swatch) => view?.getComputedStyle(swatch).color ?? '',
    );
    const fontFamily = view?.getComputedStyle(this.canvas().nativeElement).fontFamily ?? '';
    return { series: [series0, series1, series2], text, grid, surface, fontFamily };
  }
}
