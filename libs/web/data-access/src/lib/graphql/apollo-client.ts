import { isPlatformServer } from '@angular/common';
import { createEnvironmentInjector, EnvironmentInjector, inject, PLATFORM_ID } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { Apollo, provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { OperationTypeNode } from 'graphql';
import { NEVER } from 'rxjs';
import { apolloExecutor } from './apollo-executor';
import type { GraphqlExecutor } from './graphql-executor';
import { createWebsocketLink, type WebsocketLink } from './websocket-link';

/**
 * Loaded lazily (see provideGraphqlClient). The API is served from the same
 * origin, so the session cookie travels without extra options; POST with
 * application/json satisfies the server's CSRF prevention. Subscriptions go
 * over graphql-ws on the same path, everything else over HTTP. A server
 * render has no socket: its subscriptions stay silent, the browser opens them.
 */
export function createGraphqlExecutor(
  parent: EnvironmentInjector,
  websocket: WebsocketLink | null = isPlatformServer(parent.get(PLATFORM_ID))
    ? null
    : createWebsocketLink(window.location),
): GraphqlExecutor {
  const injector = createEnvironmentInjector(
    [
      provideApollo(() => ({
        link: ApolloLink.split(
          (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
          websocket?.link ?? new ApolloLink(() => NEVER),
          inject(HttpLink).create({ uri: '/graphql' }),
        ),
        cache: new InMemoryCache(),
      })),
    ],
    parent,
  );
  const executor = apolloExecutor(injector.get(Apollo));
  return {
    ...executor,
    // The socket authenticated with the previous session's cookie: open subscriptions move to the new one.
    async reset() {
      websocket?.restart();
      await executor.reset();
    },
  };
}
