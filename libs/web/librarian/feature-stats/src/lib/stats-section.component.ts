import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { toCsv } from '@lukuhaaste/shared/util-csv';
import { downloadTextFile } from '@lukuhaaste/web/ui';
import type { StatsTable } from './stats-table';

/**
 * One block of the dashboard: a heading, its chart (projected), the same
 * figures as a table behind a disclosure (the chart's accessible alternative;
 * `tableOnly` shows it open for blocks without a chart) and a CSV download.
 */
@Component({
  selector: 'lh-stats-section',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="lh-stats-section" [attr.aria-labelledby]="slug() + '-heading'">
      <header class="lh-stats-section__header">
        <h2 [id]="slug() + '-heading'">{{ heading() }}</h2>
        <button mat-button type="button" [attr.aria-describedby]="slug() + '-heading'" (click)="download()">
          {{ 'librarian.stats.downloadCsv' | transloco }}
        </button>
      </header>
      @if (table().rows.length === 0) {
        <p>{{ 'librarian.stats.noData' | transloco }}</p>
      } @else {
        <ng-content />
        <details [open]="tableOnly()">
          <summary>{{ 'librarian.stats.showTable' | transloco }}</summary>
          <table>
            <thead>
              <tr>
                @for (cell of table().header; track $index) {
                  <th scope="col">{{ cell }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of table().rows; track $index) {
                <tr>
                  @for (cell of row; track $index; let first = $first) {
                    @if (first) {
                      <th scope="row">{{ cell }}</th>
                    } @else {
                      <td>{{ cell }}</td>
                    }
                  }
                </tr>
              }
            </tbody>
          </table>
        </details>
      }
    </section>
  `,
  styleUrl: './stats-section.component.scss',
})
export class StatsSection {
  private readonly document = inject(DOCUMENT);

  readonly heading = input.required<string>();
  /** Ids and the CSV file's name: `lukuhaaste-<fileName>-<slug>.csv`. */
  readonly slug = input.required<string>();
  readonly fileName = input.required<string>();
  readonly table = input.required<StatsTable>();
  readonly tableOnly = input(false);

  protected download(): void {
    const { header, rows } = this.table();
    const name = `lukuhaaste-${this.fileName()}-${this.slug()}.csv`;
    downloadTextFile(this.document, toCsv(header, rows), name, 'text/csv;charset=utf-8');
  }
}
