import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  LibrarianCatalogueApi,
  type CatalogueBook,
  type BookListPage,
  type FlaggedBook,
  type MergeOutcome,
} from '@lukuhaaste/web/data-access/librarian';
import { FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { firstValueFrom } from 'rxjs';
import { librarianErrorMessage } from '../shared/librarian-error-message';
import { BookEditDialog, type BookEditDialogData } from './book-edit-dialog.component';
import { BookMergeDialog, type BookMergeDialogData } from './book-merge-dialog.component';
import { BookSummary } from './book-summary.component';

/**
 * The catalogue as librarians keep it right: books patrons flagged come
 * first, then a search over every book; each can be corrected or merged
 * into its duplicate.
 */
@Component({
  selector: 'lh-catalogue-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FormAlert, BookSummary],
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
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly done = signal<AlertMessage | null>(null);

  constructor() {
    void this.run(() => this.reloadFlagged());
  }

  protected async moreFlagged(): Promise<void> {
    const current = this.flagged();
    if (!current?.nextCursor) return;
    await this.run(async () =>
      this.flagged.set(append(current, await this.api.flagged(current.nextCursor ?? undefined))),
    );
  }

  protected async search(): Promise<void> {
    this.searchedFor = this.query.trim();
    await this.run(async () => this.results.set(await this.api.search(this.searchedFor)));
  }

  protected async moreResults(): Promise<void> {
    const current = this.results();
    if (!current?.nextCursor) return;
    await this.run(async () =>
      this.results.set(append(current, await this.api.search(this.searchedFor, current.nextCursor ?? undefined))),
    );
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

  private async reloadFlagged(): Promise<void> {
    this.flagged.set(await this.api.flagged());
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(librarianErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}

function append<T>(current: BookListPage<T>, next: BookListPage<T>): BookListPage<T> {
  return { ...next, items: [...current.items, ...next.items] };
}
