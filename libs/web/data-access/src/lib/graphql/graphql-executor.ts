import { InjectionToken } from '@angular/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Observable } from 'rxjs';

type Variables = Record<string, unknown>;

/**
 * The few GraphQL calls the app makes, as promises. Every rejection is an
 * `ApiError`. Queries always go to the network: the session and forms need
 * fresh data, and caching policy can be chosen per feature later.
 */
export interface GraphqlExecutor {
  query<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData>;
  mutate<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData>;
  /** Forgets everything cached for the previous user (after logout). */
  reset(): Promise<void>;
}

/** How subscriptions reach the API (see createWebsocketSubscriptions): not through Apollo. */
export interface SubscriptionTransport {
  /** Each result of a subscription; errors are `ApiError`s. Unsubscribing ends it on the server. */
  subscribe<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Observable<TData>;
  /** Reopens the socket, if open, so its subscriptions carry the current session cookie. */
  restart(): void;
}

export const GRAPHQL_SUBSCRIPTIONS = new InjectionToken<SubscriptionTransport>('GRAPHQL_SUBSCRIPTIONS');

/** Loads the executor on first use, so Apollo stays out of the initial bundle. */
export const GRAPHQL_EXECUTOR_LOADER = new InjectionToken<() => Promise<GraphqlExecutor>>('GRAPHQL_EXECUTOR_LOADER');

/** How queries reach the API (see httpQueryRunner): a query needs neither Apollo's cache nor its links. */
export type QueryRunner = GraphqlExecutor['query'];

export const GRAPHQL_QUERY_RUNNER = new InjectionToken<QueryRunner>('GRAPHQL_QUERY_RUNNER');
