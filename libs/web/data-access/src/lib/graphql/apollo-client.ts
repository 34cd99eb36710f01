import { createEnvironmentInjector, EnvironmentInjector, inject } from '@angular/core';
import { InMemoryCache } from '@apollo/client';
import { Apollo, provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { apolloExecutor } from './apollo-executor';
import type { GraphqlExecutor } from './graphql-executor';

/**
 * Loaded lazily (see provideGraphqlClient), for mutations. The API is served
 * from the same origin, so the session cookie travels without extra options;
 * POST with application/json satisfies the server's CSRF prevention.
 * Subscriptions do not come here (see createWebsocketSubscriptions).
 */
export function createGraphqlExecutor(parent: EnvironmentInjector): GraphqlExecutor {
  const injector = createEnvironmentInjector(
    [
      provideApollo(() => ({
        link: inject(HttpLink).create({ uri: '/graphql' }),
        cache: new InMemoryCache(),
      })),
    ],
    parent,
  );
  return apolloExecutor(injector.get(Apollo));
}
