import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { LibrarianCatalogueApi, type CatalogueBook, type MergeOutcome } from '@lukuhaaste/web/data-access/librarian';
import { FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { BookSummary } from './book-summary.component';
import { catalogueErrorMessage } from './catalogue-error-message';

export interface BookMergeDialogData {
  source: CatalogueBook;
}

/** Picks the book a duplicate is merged into, says what will happen, and merges; closes with the outcome. */
@Component({
  selector: 'lh-book-merge-dialog',
  imports: [
    FormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslocoPipe,
    FormAlert,
    BookSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'librarian.catalogue.merge.title' | transloco }}</h2>
    <mat-dialog-content class="lh-book-merge">
      <lh-form-alert [message]="error()" />
      <p>{{ 'librarian.catalogue.merge.source' | transloco }}</p>
      <lh-book-summary [book]="data.source" />
      <form (ngSubmit)="search()" class="lh-book-merge__search" role="search">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'librarian.catalogue.merge.searchTarget' | transloco }}</mat-label>
          <input matInput name="query" [(ngModel)]="query" autocomplete="off" />
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="busy()">
          {{ 'librarian.catalogue.search.submit' | transloco }}
        </button>
      </form>
      @if (candidates(); as candidates) {
        @if (candidates.length === 0) {
          <p role="status">{{ 'librarian.catalogue.search.empty' | transloco }}</p>
        } @else {
          <mat-radio-group
            class="lh-book-merge__candidates"
            [attr.aria-label]="'librarian.catalogue.merge.target' | transloco"
            [value]="target()"
            (change)="target.set($event.value)"
          >
            @for (book of candidates; track book.id) {
              <mat-radio-button [value]="book"><lh-book-summary [book]="book" /></mat-radio-button>
            }
          </mat-radio-group>
        }
      }
    </mat-dialog-content>
    <!-- Outside the scrolling content, so the sentence is in view however long the list of candidates. -->
    <div class="lh-book-merge__consequence" role="status">
      @if (target(); as target) {
        <p>
          <strong>{{
            'librarian.catalogue.merge.consequence' | transloco: { source: data.source.title, target: target.title }
          }}</strong>
        </p>
        <p>{{ 'librarian.catalogue.merge.consequenceUnplaced' | transloco: { target: target.title } }}</p>
      }
    </div>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'librarian.common.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="merge()" [disabled]="busy() || !target()">
        {{ 'librarian.catalogue.merge.submit' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .lh-book-merge__search {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-block: 1rem 0.5rem;
    }
    .lh-book-merge__search mat-form-field {
      flex: 1 1 16rem;
    }
    .lh-book-merge__candidates {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    // Room for the sentence below and the buttons, even on a short phone screen.
    .lh-book-merge {
      max-block-size: 45vh;
    }
    .lh-book-merge__consequence {
      padding: 0.5rem 1.5rem 0;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
      p {
        margin: 0 0 0.25rem;
      }
      p + p {
        font: var(--mat-sys-body-small);
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .lh-book-merge__consequence:empty {
      display: none;
    }
  `,
})
export class BookMergeDialog {
  private readonly api = inject(LibrarianCatalogueApi);
  private readonly dialogRef = inject<MatDialogRef<BookMergeDialog, MergeOutcome>>(MatDialogRef);
  protected readonly data = inject<BookMergeDialogData>(MAT_DIALOG_DATA);

  protected query = this.data.source.title;
  protected readonly candidates = signal<CatalogueBook[] | null>(null);
  protected readonly target = signal<CatalogueBook | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);

  protected async search(): Promise<void> {
    await this.run(async () => {
      const page = await this.api.search(this.query.trim());
      this.target.set(null);
      this.candidates.set(page.items.filter((book) => book.id !== this.data.source.id));
    });
  }

  protected async merge(): Promise<void> {
    const target = this.target();
    if (!target) return;
    await this.run(async () => this.dialogRef.close(await this.api.merge(this.data.source.id, target.id)));
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(catalogueErrorMessage(error, 'librarian.catalogue.errors.mergeBusy'));
    } finally {
      this.busy.set(false);
    }
  }
}
