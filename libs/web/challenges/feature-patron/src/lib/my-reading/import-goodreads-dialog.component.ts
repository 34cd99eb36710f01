import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { IMPORT_FILE_MAX_BYTES } from '@lukuhaaste/shared/util-rules';
import { ApiError, toApiError } from '@lukuhaaste/web/data-access';
import { ImportApi, type ImportReport } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { countCsvRows } from './count-csv-rows';
import { readFileText } from './read-file-text';

export interface ImportGoodreadsData {
  challengeId: string;
  challengeTitle: string;
}

type Phase = 'choose' | 'uploading' | 'importing' | 'done';

const MAX_MB = IMPORT_FILE_MAX_BYTES / (1024 * 1024);

/**
 * Goodreads' library export into the challenge: the file, upload progress,
 * then the server's report (imported count, skipped rows with their reason).
 * Closes with the report once something was imported, so the page reloads.
 */
@Component({
  selector: 'lh-import-goodreads-dialog',
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, TranslocoPipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-goodreads-dialog.component.html',
  styleUrl: './import-goodreads-dialog.component.scss',
})
export class ImportGoodreadsDialog {
  protected readonly data = inject<ImportGoodreadsData>(MAT_DIALOG_DATA);
  private readonly imports = inject(ImportApi);

  protected readonly file = signal<File | null>(null);
  protected readonly phase = signal<Phase>('choose');
  protected readonly sentPercent = signal(0);
  protected readonly rows = signal(0);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly busy = computed(() => this.phase() === 'uploading' || this.phase() === 'importing');

  protected pick(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    this.error.set(file ? fileProblem(file) : null);
  }

  protected async start(): Promise<void> {
    const file = this.file();
    if (!file || fileProblem(file) || this.busy()) return;
    this.error.set(null);
    this.phase.set('uploading');
    try {
      const csv = await readFileText(file);
      this.rows.set(countCsvRows(csv));
      const report = await this.imports.importGoodreadsCsv(this.data.challengeId, csv, (share) => {
        this.sentPercent.set(Math.round(share * 100));
        if (share >= 1) this.phase.set('importing');
      });
      this.report.set(report);
      this.phase.set('done');
    } catch (error) {
      this.error.set(importErrorMessage(toApiError(error)));
      this.phase.set('choose');
    }
  }
}

/** Checked before sending: the server would refuse these anyway. */
function fileProblem(file: File): AlertMessage | null {
  if (file.size > IMPORT_FILE_MAX_BYTES) return { key: 'fieldErrors.FILE_TOO_LARGE', params: { maxMb: MAX_MB } };
  const looksLikeCsv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  return looksLikeCsv ? null : { key: 'fieldErrors.NOT_CSV' };
}

function importErrorMessage(error: ApiError): AlertMessage {
  const problem = error.fieldError('csv');
  if (problem) return { key: `fieldErrors.${problem.code}`, params: { ...problem.params, maxMb: MAX_MB } };
  return apiErrorMessage(error);
}
