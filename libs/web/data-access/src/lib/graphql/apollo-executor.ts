import type { OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../errors/api-error';
import { readApiError } from '../errors/read-api-error';
import type { GraphqlExecutor } from './graphql-executor';

/**
 * Adapts apollo-angular's observables to the promise-based executor. The
 * executor's signature already ties variables to the document, so Apollo's
 * own conditional variable typing is widened here.
 */
export function apolloExecutor(apollo: Apollo): GraphqlExecutor {
  return {
    async query<TData>(document: TypedDocumentNode<TData, never>, variables?: object) {
      const result = await mapErrors(
        firstValueFrom(
          apollo.query<TData, OperationVariables>({
            query: widen(document),
            variables: variables as OperationVariables,
            fetchPolicy: 'network-only',
          }),
        ),
      );
      return requireData(result.data);
    },
    async mutate<TData>(document: TypedDocumentNode<TData, never>, variables?: object) {
      const result = await mapErrors(
        firstValueFrom(
          apollo.mutate<TData, OperationVariables>({
            mutation: widen(document),
            variables: variables as OperationVariables,
          }),
        ),
      );
      return requireData(result.data);
    },
    async reset() {
      await apollo.client.clearStore();
    },
  };
}

function widen<TData>(document: TypedDocumentNode<TData, never>): TypedDocumentNode<TData, OperationVariables> {
  return document as unknown as TypedDocumentNode<TData, OperationVariables>;
}

async function mapErrors<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw readApiError(error);
  }
}

function requireData<T>(data: T | null | undefined): T {
  if (data === null || data === undefined) throw new ApiError('INTERNAL_SERVER_ERROR');
  return data;
}
