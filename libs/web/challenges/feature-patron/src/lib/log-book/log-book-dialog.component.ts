import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { BOOK_FORMATS, REVIEW_MAX_LENGTH, todayInHelsinki, type BookFormatCode } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import {
  ReadingApi,
  type Book,
  type LogReadingInput,
  type UpdateReadingInput,
} from '@lukuhaaste/web/data-access/reading';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  finishedOnRule,
  FormAlert,
  lhValidators,
  maxLengthRule,
  splitAuthors,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { StarRating } from '@lukuhaaste/web/ui/star-rating';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { debounceTime, distinctUntilChanged, map, of, switchMap, tap, from, catchError } from 'rxjs';
import type { LogBookDialogData } from './log-book-launcher.service';
import { TellOthers } from './tell-others.service';

export const BOOK_SEARCH_MIN_LENGTH = 2;
export const BOOK_SEARCH_DEBOUNCE_MS = 300;
/** The "add it as a new book" option at the end of the search results. */
const NEW_BOOK = 'new-book';

type BookMode = 'search' | 'new' | 'fixed';

/** The search field holds the typed text until a book from the list is chosen. */
const bookChosen: ValidatorFn = (control) =>
  typeof control.value === 'object' && control.value !== null ? null : { rule: { code: 'REQUIRED' } };

/**
 * Log a book (or edit a logged one) on one sheet: the category, the book from
 * the catalogue or typed as new, then optional format, date, rating and review.
 */
@Component({
  selector: 'lh-log-book-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatRadioModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
    StarRating,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './log-book-dialog.component.html',
  styleUrl: './log-book-dialog.component.scss',
})
export class LogBookDialog {
  protected readonly data = inject<LogBookDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<LogBookDialog>>(MatDialogRef);
  private readonly reading = inject(ReadingApi);
  private readonly tellOthers = inject(TellOthers);
  protected readonly locale = inject(LanguageStore).locale;

  protected readonly problem = fieldProblem;
  protected readonly formats = BOOK_FORMATS;
  protected readonly reviewMax = REVIEW_MAX_LENGTH;
  protected readonly newBookOption = NEW_BOOK;
  protected readonly today = todayInHelsinki();
  protected readonly editing = !!this.data.entry;
  protected readonly categories = this.data.challenge.categories;
  /** Categories that already have one of my books (other than the one being edited). */
  private readonly taken = new Set(
    (this.data.participation?.entries ?? [])
      .filter((e) => e.category && e.id !== this.data.entry?.id)
      .map((e) => e.category?.id),
  );

  protected readonly form = new FormGroup({
    categoryId: new FormControl<string | null>(this.data.entry?.category?.id ?? this.data.categoryId ?? null),
    bookId: new FormControl<Book | string | null>(null, { validators: bookChosen }),
    newBook: new FormGroup({
      title: new FormControl('', { nonNullable: true, validators: lhValidators.bookTitle }),
      authors: new FormControl('', { nonNullable: true, validators: lhValidators.bookAuthors }),
      isbn: new FormControl('', { nonNullable: true, validators: lhValidators.isbn }),
    }),
    format: new FormControl<BookFormatCode>(this.data.entry?.format ?? 'PRINT', { nonNullable: true }),
    finishedOn: new FormControl(this.data.entry?.finishedOn ?? this.today, {
      nonNullable: true,
      validators: finishedOnRule(() => this.data.challenge),
    }),
    rating: new FormControl<number | null>(this.data.entry?.rating ?? null),
    review: new FormControl(this.data.entry?.review ?? '', {
      nonNullable: true,
      validators: maxLengthRule(REVIEW_MAX_LENGTH),
    }),
    containsSpoilers: new FormControl(this.data.entry?.containsSpoilers ?? false, { nonNullable: true }),
    // Off by default: posting in a thread is the patron's choice each time.
    tellOthers: new FormControl(false, { nonNullable: true }),
  });
  /** Only a book placed in a category can go to that category's thread. */
  protected readonly hasCategory = toSignal(this.form.controls.categoryId.valueChanges.pipe(map((id) => !!id)), {
    initialValue: !!this.form.controls.categoryId.value,
  });

  protected readonly mode = signal<BookMode>(this.editing ? 'fixed' : 'search');
  protected readonly results = signal<Book[]>([]);
  protected readonly searching = signal(false);
  protected readonly searchFailed = signal(false);
  protected readonly query = signal('');
  protected readonly busy = signal(false);
  protected readonly status = signal<AlertMessage | null>(null);
  protected readonly reviewLength = toSignal(this.form.controls.review.valueChanges.pipe(map((v) => [...v].length)), {
    initialValue: [...this.form.controls.review.value].length,
  });

  constructor() {
    this.setMode(this.mode());
    this.form.controls.bookId.valueChanges
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : null)),
        // Choosing a book puts the object in the control: keep the last results then.
        switchMap((text) => (text === null ? of(null) : of(text).pipe(debounceTime(BOOK_SEARCH_DEBOUNCE_MS)))),
        distinctUntilChanged(),
        tap((text) => text !== null && this.query.set(text)),
        switchMap((text) => (text === null ? of(null) : this.search(text))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((books) => books && this.results.set(books));
  }

  protected isTaken(categoryId: string): boolean {
    return this.taken.has(categoryId);
  }

  protected bookLabel(value: Book | string | null): string {
    return typeof value === 'string' ? value : (value?.title ?? '');
  }

  protected chooseBook(event: MatAutocompleteSelectedEvent): void {
    if (event.option.value !== NEW_BOOK) return;
    this.useNewBook();
  }

  protected useNewBook(): void {
    const typed = this.form.controls.bookId.value;
    this.setMode('new');
    if (typeof typed === 'string' && !this.form.controls.newBook.controls.title.value) {
      this.form.controls.newBook.controls.title.setValue(typed.trim());
    }
  }

  protected useSearch(): void {
    this.setMode('search');
  }

  protected async save(): Promise<void> {
    this.status.set(null);
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const entry = this.data.entry
        ? await this.reading.update(this.data.entry.id, this.updateInput())
        : await this.reading.log(this.logInput());
      this.dialogRef.close(entry);
      if (!this.data.entry && this.form.controls.tellOthers.value) void this.tellOthers.share(entry);
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerFieldErrors(this.form, apiError.fields);
      this.status.set(
        apiError.fields.length > 0 && unmatched.length === 0
          ? { key: 'errors.invalidInput' }
          : apiErrorMessage(apiError),
      );
    } finally {
      this.busy.set(false);
    }
  }

  private search(text: string) {
    this.searchFailed.set(false);
    if (text.length < BOOK_SEARCH_MIN_LENGTH) return of([] as Book[]);
    this.searching.set(true);
    return from(this.reading.searchBooks(text)).pipe(
      catchError(() => {
        this.searchFailed.set(true);
        return of([] as Book[]);
      }),
      tap(() => this.searching.set(false)),
    );
  }

  private setMode(mode: BookMode): void {
    this.mode.set(mode);
    const { bookId, newBook } = this.form.controls;
    if (mode === 'search') bookId.enable();
    else bookId.disable();
    if (mode === 'new') newBook.enable();
    else newBook.disable();
  }

  private common() {
    const value = this.form.getRawValue();
    return {
      categoryId: value.categoryId,
      format: value.format,
      finishedOn: value.finishedOn,
      rating: value.rating,
      review: value.review.trim() || null,
      containsSpoilers: value.containsSpoilers,
    };
  }

  private logInput(): LogReadingInput {
    const { bookId, newBook } = this.form.getRawValue();
    const book =
      this.mode() === 'new'
        ? {
            newBook: {
              title: newBook.title.trim(),
              authors: splitAuthors(newBook.authors),
              isbn: newBook.isbn.trim() || null,
            },
          }
        : { bookId: (bookId as Book).id };
    return { challengeId: this.data.challenge.id, ...book, ...this.common() };
  }

  private updateInput(): UpdateReadingInput {
    return this.common();
  }
}
