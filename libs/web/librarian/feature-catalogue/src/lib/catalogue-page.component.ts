import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import {
  LibrarianCatalogueApi,
  type CatalogueBook,
  type BookListPage,
  type FlaggedBook,
  type MergeOutcome,
} from '@lukuhaaste/web/data-access/librarian';
import { apiErrorMessage, FormAlert, runWithAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { debounce, firstValueFrom, from, Subject, switchMap, timer } from 'rxjs';
import { BookEditDialog, type BookEditDialogData } from './book-edit-dialog.component';
import { BookMergeDialog, type BookMergeDialogData } from './book-merge-dialog.component';
import { BookSummary } from './book-summary.component';

/** Long enough that a search waits for a typist to pause, short enough to feel live. */
export const CATALOGUE_SEARCH_DEBOUNCE_MS = 300;

/**
 * The catalogue as librarians keep it right: books patrons flagged come
 * first, then a search over every book (all of them A–Z until a term is
 * typed); each can be corrected or merged into its duplicate.
 */
@Component({
  selector: 'lh-catalogue-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FormAlert,
    BookSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue-page.component.html',
  styleUrl: './catalogue-page.component.scss',
})
export class CataloguePage {
  private readonly api = inject(LibrarianCatalogueApi);
  private readonly dialog = inject(MatDialog);

  protected readonly flagged = signal<BookListPage<FlaggedBook> | null>(null);
  protected readonly results = signal<BookListPage<CatalogueBook> | null>(null);
  protected query = '';
  private searchedFor = '';
  protected readonly searching = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly done = signal<AlertMessage | null>(null);
  /** Typed terms wait for a pause; a submitted one (Enter, the button) goes at once. */
  private readonly searches = new Subject<{ text: string; now: boolean }>();

  constructor() {
    this.searches
      .pipe(
        debounce(({ now }) => timer(now ? 0 : CATALOGUE_SEARCH_DEBOUNCE_MS)),
        // switchMap drops the answer to a term the librarian has typed past.
        switchMap(({ text }) => from(this.findBooks(text.trim()))),
        takeUntilDestroyed(),
      )
      .subscribe((page) => page && this.results.set(page));
    void this.run(() => this.reloadFlagged());
    this.searches.next({ text: '', now: true });
  }

  protected async moreFlagged(): Promise<void> {
    const current = this.flagged();
    if (!current?.nextCursor) return;
    await this.run(async () =>
      this.flagged.set(append(current, await this.api.flagged(current.nextCursor ?? undefined))),
    );
  }

  protected typed(text: string): void {
    this.query = text;
    this.searches.next({ text, now: false });
  }

  protected search(): void {
    this.searches.next({ text: this.query, now: true });
  }

  protected async moreResults(): Promise<void> {
    const current = this.results();
    const searchedFor = this.searchedFor;
    if (!current?.nextCursor) return;
    await this.run(async () => {
      const next = await this.api.search(searchedFor, current.nextCursor ?? undefined);
      if (searchedFor === this.searchedFor) this.results.set(append(current, next));
    });
  }

  protected async edit(book: CatalogueBook, flagged: boolean): Promise<void> {
    const ref = this.dialog.open<BookEditDialog, BookEditDialogData, CatalogueBook>(BookEditDialog, {
      data: { book, flagged },
      width: '36rem',
    });
    const saved = await firstValueFrom(ref.afterClosed());
    if (!saved) return;
    this.done.set({ key: 'librarian.catalogue.edit.done', params: { title: saved.title } });
    this.results.update((page) => page && { ...page, items: page.items.map((b) => (b.id === saved.id ? saved : b)) });
    await this.run(() => this.reloadFlagged());
  }

  protected async merge(source: CatalogueBook): Promise<void> {
    const ref = this.dialog.open<BookMergeDialog, BookMergeDialogData, MergeOutcome>(BookMergeDialog, {
      data: { source },
      width: '40rem',
    });
    const outcome = await firstValueFrom(ref.afterClosed());
    if (!outcome) return;
    this.done.set({
      key: 'librarian.catalogue.merge.done',
      params: { target: outcome.book.title, moved: outcome.movedEntries, unplaced: outcome.unplacedEntries },
    });
    this.results.update((page) => page && { ...page, items: page.items.filter((b) => b.id !== source.id) });
    await this.run(() => this.reloadFlagged());
  }

  protected async resolve(flag: FlaggedBook): Promise<void> {
    await this.run(async () => {
      await this.api.resolveFlags(flag.book.id);
      this.done.set({ key: 'librarian.catalogue.flags.resolved', params: { title: flag.book.title } });
      await this.reloadFlagged();
    });
  }

  /** One page of books matching `text` (every book when empty); null when the search failed. */
  private async findBooks(text: string): Promise<BookListPage<CatalogueBook> | null> {
    this.searchedFor = text;
    this.searching.set(true);
    this.error.set(null);
    try {
      return await this.api.search(text);
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
      return null;
    } finally {
      // An older search finishing late must not hide the newer one's progress.
      if (text === this.searchedFor) this.searching.set(false);
    }
  }

  private async reloadFlagged(): Promise<void> {
    this.flagged.set(await this.api.flagged());
  }

  private run(work: () => Promise<void>): Promise<void> {
    return runWithAlert(work, { busy: this.busy, alert: this.error, readError: toApiError });
  }
}

function append<T>(current: BookListPage<T>, next: BookListPage<T>): BookListPage<T> {
  return { ...next, items: [...current.items, ...next.items] };
}
