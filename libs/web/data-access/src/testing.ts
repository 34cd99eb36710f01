import { inject, InjectionToken, type Provider } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { apolloExecutor } from './lib/graphql/apollo-executor';
import { apolloSubscriptions } from './lib/graphql/apollo-subscriptions';
import {
  GRAPHQL_EXECUTOR_LOADER,
  GRAPHQL_QUERY_RUNNER,
  GRAPHQL_SUBSCRIPTIONS,
  type GraphqlExecutor,
} from './lib/graphql/graphql-executor';

const TESTING_EXECUTOR = new InjectionToken<GraphqlExecutor>('TESTING_EXECUTOR');

/**
 * Routes the app's GraphQL calls, queries and subscriptions included, through the TestBed's Apollo, so specs can
 * import `ApolloTestingModule` and answer operations with ApolloTestingController.
 */
export function provideGraphqlClientTesting(): Provider[] {
  return [
    { provide: TESTING_EXECUTOR, useFactory: () => apolloExecutor(inject(Apollo)) },
    {
      provide: GRAPHQL_EXECUTOR_LOADER,
      useFactory: () => {
        const executor = inject(TESTING_EXECUTOR);
        return () => Promise.resolve(executor);
      },
    },
    { provide: GRAPHQL_QUERY_RUNNER, useFactory: () => inject(TESTING_EXECUTOR).query },
    { provide: GRAPHQL_SUBSCRIPTIONS, useFactory: () => apolloSubscriptions(inject(Apollo)) },
  ];
}
