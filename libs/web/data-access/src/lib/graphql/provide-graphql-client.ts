import { EnvironmentInjector, inject, makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { GRAPHQL_EXECUTOR_LOADER, type GraphqlExecutor } from './graphql-executor';

/**
 * Provides the GraphQL client. Apollo is imported on the first call (the
 * session check right after start-up), which keeps it in a lazy chunk.
 * Needs `provideHttpClient()`.
 */
export function provideGraphqlClient(): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: GRAPHQL_EXECUTOR_LOADER, useFactory: lazyExecutorLoader }]);
}

function lazyExecutorLoader(): () => Promise<GraphqlExecutor> {
  const injector = inject(EnvironmentInjector);
  let executor: Promise<GraphqlExecutor> | undefined;
  return () => (executor ??= import('./apollo-client').then((m) => m.createGraphqlExecutor(injector)));
}
