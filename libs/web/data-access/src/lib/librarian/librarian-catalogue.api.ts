import { inject, Injectable } from '@angular/core';
import {
  CatalogueFlaggedBooksDocument,
  CatalogueMergeBooksDocument,
  CatalogueResolveBookFlagsDocument,
  CatalogueSearchBooksDocument,
  CatalogueUpdateBookDocument,
  type CatalogueBookFieldsFragment,
  type CatalogueFlaggedBooksQuery,
  type CatalogueMergeBooksMutation,
  type UpdateBookInput,
} from '../../generated/librarian';
import { GraphqlClient } from '../graphql/graphql-client.service';
import { pageOf, type ListPage } from '../graphql/list-page';

export type CatalogueBook = CatalogueBookFieldsFragment;
export type FlaggedBook = CatalogueFlaggedBooksQuery['flaggedBooks']['edges'][number]['node'];
export type MergeOutcome = CatalogueMergeBooksMutation['mergeBooks'];

/** One page of books (the catalogue's name for the shared list page). */
export type BookListPage<T> = ListPage<T>;

const PAGE_SIZE = 20;

/** The librarian's catalogue corrections as promises (rejections are ApiErrors). */
@Injectable({ providedIn: 'root' })
export class LibrarianCatalogueApi {
  private readonly client = inject(GraphqlClient);

  /** Books with open flags, most flagged first. */
  async flagged(after?: string): Promise<BookListPage<FlaggedBook>> {
    const { flaggedBooks } = await this.client.query(CatalogueFlaggedBooksDocument, { first: PAGE_SIZE, after });
    return pageOf(flaggedBooks);
  }

  async search(search: string, after?: string): Promise<BookListPage<CatalogueBook>> {
    const { books } = await this.client.query(CatalogueSearchBooksDocument, { search, first: PAGE_SIZE, after });
    return pageOf(books);
  }

  async update(id: string, input: UpdateBookInput, resolveFlags: boolean): Promise<CatalogueBook> {
    return (await this.client.mutate(CatalogueUpdateBookDocument, { id, input, resolveFlags })).updateBook;
  }

  /** Moves every entry and flag of `sourceId` to `targetId` and deletes the source. */
  async merge(sourceId: string, targetId: string): Promise<MergeOutcome> {
    return (await this.client.mutate(CatalogueMergeBooksDocument, { sourceId, targetId })).mergeBooks;
  }

  /** Closes the book's open flags; answers how many were closed. */
  async resolveFlags(bookId: string): Promise<number> {
    return (await this.client.mutate(CatalogueResolveBookFlagsDocument, { bookId })).resolveBookFlags;
  }
}
