import { isPlatformServer } from '@angular/common';
import {
  EnvironmentInjector,
  inject,
  makeEnvironmentProviders,
  PLATFORM_ID,
  type EnvironmentProviders,
} from '@angular/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { from, NEVER, switchMap } from 'rxjs';
import {
  GRAPHQL_EXECUTOR_LOADER,
  GRAPHQL_QUERY_RUNNER,
  GRAPHQL_SUBSCRIPTIONS,
  type GraphqlExecutor,
  type SubscriptionTransport,
} from './graphql-executor';
import { httpQueryRunner } from './http-query-runner';

/**
 * Provides the GraphQL client. Queries go over plain HTTP and subscriptions
 * over graphql-ws; Apollo is imported on the first mutation, which keeps it in
 * a lazy chunk and off the pages a visitor only reads or watches. Needs
 * `provideHttpClient()`.
 */
export function provideGraphqlClient(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: GRAPHQL_EXECUTOR_LOADER, useFactory: lazyExecutorLoader },
    { provide: GRAPHQL_QUERY_RUNNER, useFactory: httpQueryRunner },
    { provide: GRAPHQL_SUBSCRIPTIONS, useFactory: lazyWebsocketSubscriptions },
  ]);
}

function lazyExecutorLoader(): () => Promise<GraphqlExecutor> {
  const injector = inject(EnvironmentInjector);
  let executor: Promise<GraphqlExecutor> | undefined;
  return () => (executor ??= import('./apollo-client').then((m) => m.createGraphqlExecutor(injector)));
}

/**
 * The websocket client, imported and connected on the first subscription. A
 * server render has no socket: its subscriptions stay silent, the browser
 * opens them.
 */
function lazyWebsocketSubscriptions(): SubscriptionTransport {
  if (isPlatformServer(inject(PLATFORM_ID))) return { subscribe: () => NEVER, restart: () => undefined };
  let opened: SubscriptionTransport | undefined;
  let opening: Promise<SubscriptionTransport> | undefined;
  const open = () =>
    (opening ??= import('./websocket-subscriptions').then(
      (m) => (opened = m.createWebsocketSubscriptions(window.location)),
    ));
  return {
    subscribe: <TData>(document: TypedDocumentNode<TData, never>, variables?: object) =>
      from(open()).pipe(switchMap((transport) => transport.subscribe(document, variables as never))),
    // Nothing to restart before the first subscription: it connects with the cookie of its time.
    restart: () => opened?.restart(),
  };
}
