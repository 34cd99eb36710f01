import { inject, Injectable } from '@angular/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Observable } from 'rxjs';
import { GRAPHQL_EXECUTOR_LOADER, GRAPHQL_QUERY_RUNNER, GRAPHQL_SUBSCRIPTIONS } from './graphql-executor';
import { QueryTransfer } from './query-transfer';

type Variables = Record<string, unknown>;

/** The app's single door to the API; rejections are `ApiError`s. */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly load = inject(GRAPHQL_EXECUTOR_LOADER);
  private readonly runQuery = inject(GRAPHQL_QUERY_RUNNER);
  private readonly subscriptions = inject(GRAPHQL_SUBSCRIPTIONS);
  private readonly transfer = inject(QueryTransfer);

  async query<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    return this.transfer.run(document as TypedDocumentNode<TData, never>, variables, () =>
      this.runQuery(document, variables),
    );
  }

  async mutate<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    return (await this.load()).mutate(document, variables);
  }

  subscribe<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Observable<TData> {
    return this.subscriptions.subscribe(document, variables);
  }

  /** After login or logout: open subscriptions move to the new session, and Apollo forgets the previous user. */
  async reset(): Promise<void> {
    this.subscriptions.restart();
    return (await this.load()).reset();
  }
}
