import { inject, type Provider } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { apolloExecutor } from './lib/graphql/apollo-executor';
import { GRAPHQL_EXECUTOR_LOADER } from './lib/graphql/graphql-executor';

/**
 * Routes the app's GraphQL calls through the TestBed's Apollo, so specs can
 * import `ApolloTestingModule` and answer operations with ApolloTestingController.
 */
export function provideGraphqlClientTesting(): Provider[] {
  return [
    {
      provide: GRAPHQL_EXECUTOR_LOADER,
      useFactory: () => {
        const executor = apolloExecutor(inject(Apollo));
        return () => Promise.resolve(executor);
      },
    },
  ];
}
