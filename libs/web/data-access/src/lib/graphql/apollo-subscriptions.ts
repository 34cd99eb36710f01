import type { OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Apollo } from 'apollo-angular';
import { catchError, map, throwError } from 'rxjs';
import { ApiError } from '../errors/api-error';
import { readApiError } from '../errors/read-api-error';
import type { SubscriptionTransport } from './graphql-executor';

/**
 * Subscriptions through an Apollo instance, for specs that answer them with
 * ApolloTestingController (see provideGraphqlClientTesting); the app itself
 * subscribes over graphql-ws directly.
 */
export function apolloSubscriptions(apollo: Apollo): SubscriptionTransport {
  return {
    subscribe: <TData>(document: TypedDocumentNode<TData, never>, variables?: object) =>
      apollo
        .subscribe<TData, OperationVariables>({
          query: document as unknown as TypedDocumentNode<TData, OperationVariables>,
          variables: variables as OperationVariables,
        })
        .pipe(
          map((result) => {
            if (result.error) throw result.error;
            if (result.data === null || result.data === undefined) throw new ApiError('INTERNAL_SERVER_ERROR');
            return result.data;
          }),
          catchError((error: unknown) => throwError(() => readApiError(error))),
        ),
    restart: () => undefined,
  };
}
