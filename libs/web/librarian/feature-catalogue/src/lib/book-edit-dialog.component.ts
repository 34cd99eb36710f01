import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { LibrarianCatalogueApi, type CatalogueBook } from '@lukuhaaste/web/data-access/librarian';
import {
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  lhValidators,
  splitAuthors,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { catalogueErrorMessage } from './catalogue-error-message';

export interface BookEditDialogData {
  book: CatalogueBook;
  /** Opened from a flagged book: offer to close its flags with the fix. */
  flagged: boolean;
}

/** Corrects a catalogue book for everyone; closes with the saved book. */
@Component({
  selector: 'lh-book-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'librarian.catalogue.edit.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="lh-book-edit">
        <lh-form-alert [message]="error()" />
        <mat-form-field appearance="outline">
          <mat-label>{{ 'librarian.catalogue.fields.title' | transloco }}</mat-label>
          <input matInput formControlName="title" required />
          <mat-error><lh-field-error [error]="problem(form.controls.title)" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'librarian.catalogue.fields.authors' | transloco }}</mat-label>
          <textarea matInput formControlName="authors" rows="2" required></textarea>
          <mat-hint>{{ 'librarian.catalogue.fields.authorsHint' | transloco }}</mat-hint>
          <mat-error><lh-field-error [error]="problem(form.controls.authors)" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'librarian.catalogue.fields.isbn' | transloco }}</mat-label>
          <input matInput formControlName="isbn" inputmode="numeric" autocomplete="off" />
          <mat-error><lh-field-error [error]="problem(form.controls.isbn)" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'librarian.catalogue.fields.publishedYear' | transloco }}</mat-label>
          <input matInput type="number" formControlName="publishedYear" />
          <mat-error><lh-field-error [error]="problem(form.controls.publishedYear)" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'librarian.catalogue.fields.language' | transloco }}</mat-label>
          <input matInput formControlName="language" autocomplete="off" />
          <mat-error><lh-field-error [error]="problem(form.controls.language)" /></mat-error>
        </mat-form-field>
        @if (data.flagged) {
          <mat-checkbox formControlName="resolveFlags">{{
            'librarian.catalogue.edit.resolveFlags' | transloco
          }}</mat-checkbox>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'librarian.common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ 'librarian.catalogue.edit.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lh-book-edit {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
  `,
})
export class BookEditDialog {
  private readonly api = inject(LibrarianCatalogueApi);
  private readonly dialogRef = inject<MatDialogRef<BookEditDialog, CatalogueBook>>(MatDialogRef);
  protected readonly data = inject<BookEditDialogData>(MAT_DIALOG_DATA);
  protected readonly problem = fieldProblem;

  protected readonly form = new FormGroup({
    title: new FormControl(this.data.book.title, { nonNullable: true, validators: [lhValidators.bookTitle] }),
    authors: new FormControl(this.data.book.authors.join('\n'), {
      nonNullable: true,
      validators: [lhValidators.bookAuthors],
    }),
    isbn: new FormControl(this.data.book.isbn13 ?? '', { nonNullable: true, validators: [lhValidators.isbn] }),
    publishedYear: new FormControl<number | null>(this.data.book.publishedYear),
    language: new FormControl(this.data.book.language ?? '', { nonNullable: true }),
    resolveFlags: new FormControl(this.data.flagged, { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    const { title, authors, isbn, publishedYear, language, resolveFlags } = this.form.getRawValue();
    try {
      const input = {
        title: title.trim(),
        authors: splitAuthors(authors),
        // An emptied optional field clears it.
        isbn: isbn.trim() || null,
        publishedYear: publishedYear ?? null,
        language: language.trim() || null,
      };
      this.dialogRef.close(await this.api.update(this.data.book.id, input, this.data.flagged && resolveFlags));
    } catch (error) {
      applyServerFieldErrors(this.form, toApiError(error).fields);
      this.form.markAllAsTouched();
      this.error.set(catalogueErrorMessage(error, 'librarian.catalogue.errors.isbnTaken'));
    } finally {
      this.busy.set(false);
    }
  }
}
