import { EnvironmentInjector, inject, makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { GRAPHQL_EXECUTOR_LOADER, GRAPHQL_QUERY_RUNNER, type GraphqlExecutor } from './graphql-executor';
import { httpQueryRunner } from './http-query-runner';

/**
 * Provides the GraphQL client. Queries go over plain HTTP; Apollo is imported
 * on the first mutation or subscription, which keeps it in a lazy chunk and
 * off the pages a visitor only reads. Needs `provideHttpClient()`.
 */
export function provideGraphqlClient(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: GRAPHQL_EXECUTOR_LOADER, useFactory: lazyExecutorLoader },
    { provide: GRAPHQL_QUERY_RUNNER, useFactory: httpQueryRunner },
  ]);
}

function lazyExecutorLoader(): () => Promise<GraphqlExecutor> {
  const injector = inject(EnvironmentInjector);
  let executor: Promise<GraphqlExecutor> | undefined;
  return () => (executor ??= import('./apollo-client').then((m) => m.createGraphqlExecutor(injector)));
}
