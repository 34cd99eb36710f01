import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { MyDataApi } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, downloadTextFile, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';

type Download = 'json' | 'csv';

/** "My data": everything kept about the reader as JSON, and their reading entries as CSV. */
@Component({
  selector: 'lh-my-data-downloads',
  imports: [MatButtonModule, TranslocoPipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="profile-my-data">{{ 'profile.myData.title' | transloco }}</h2>
    <p>{{ 'profile.myData.intro' | transloco }}</p>
    <lh-form-alert [message]="error()" />
    <div class="lh-my-data__actions">
      <button mat-stroked-button type="button" (click)="download('json')" [disabled]="busy() !== null">
        {{ 'profile.myData.json' | transloco }}
      </button>
      <button mat-stroked-button type="button" (click)="download('csv')" [disabled]="busy() !== null">
        {{ 'profile.myData.csv' | transloco }}
      </button>
    </div>
  `,
  styles: `
    .lh-my-data__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class MyDataDownloads {
  private readonly api = inject(MyDataApi);
  private readonly document = inject(DOCUMENT);

  protected readonly busy = signal<Download | null>(null);
  protected readonly error = signal<AlertMessage | null>(null);

  protected async download(kind: Download): Promise<void> {
    this.error.set(null);
    this.busy.set(kind);
    try {
      const data = await this.api.export();
      const day = data.exportedAt.slice(0, 10);
      if (kind === 'json') {
        downloadTextFile(this.document, data.json, `lukuhaaste-my-data-${day}.json`, 'application/json');
      } else {
        downloadTextFile(this.document, data.entriesCsv, `lukuhaaste-entries-${day}.csv`, 'text/csv;charset=utf-8');
      }
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.busy.set(null);
    }
  }
}
