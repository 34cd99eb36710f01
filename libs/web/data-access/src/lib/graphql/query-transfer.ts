import { isPlatformServer } from '@angular/common';
import { inject, Injectable, makeStateKey, PLATFORM_ID, TransferState } from '@angular/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { operationName } from './operation-name';

/**
 * Query results a server render fetched travel in the page, so hydration
 * shows the same data without asking again (and without loading Apollo).
 * The browser takes each result once: a later identical query, such as a
 * reload after login, goes to the API. The server render is anonymous
 * (SessionStore), so nothing here belongs to one patron.
 */
@Injectable({ providedIn: 'root' })
export class QueryTransfer {
  private readonly state = inject(TransferState);
  private readonly onServer = isPlatformServer(inject(PLATFORM_ID));

  async run<TData>(
    document: TypedDocumentNode<TData, never>,
    variables: object | undefined,
    fetch: () => Promise<TData>,
  ) {
    const key = makeStateKey<TData>(`gql:${operationName(document)}:${JSON.stringify(variables ?? {})}`);
    if (this.onServer) {
      const data = await fetch();
      this.state.set(key, data);
      return data;
    }
    const transferred = this.state.get(key, null);
    if (transferred === null) return fetch();
    this.state.remove(key);
    return transferred;
  }
}
