import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { MyDataApi } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, downloadTextFile, type AlertMessage } from '@lukuhaaste/web/ui';

/** Saves all of the reader's entries (every challenge, a column each) as CSV; failures go to the page's alert. */
@Component({
  selector: 'lh-entries-csv-button',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" (click)="download()" [disabled]="busy()">
      {{ 'myReading.exportCsv' | transloco }}
    </button>
  `,
})
export class EntriesCsvButton {
  private readonly api = inject(MyDataApi);
  private readonly document = inject(DOCUMENT);

  readonly failed = output<AlertMessage>();
  protected readonly busy = signal(false);

  protected async download(): Promise<void> {
    this.busy.set(true);
    try {
      const { entriesCsv, exportedAt } = await this.api.export();
      const fileName = `lukuhaaste-entries-${exportedAt.slice(0, 10)}.csv`;
      downloadTextFile(this.document, entriesCsv, fileName, 'text/csv;charset=utf-8');
    } catch (error) {
      this.failed.emit(apiErrorMessage(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
