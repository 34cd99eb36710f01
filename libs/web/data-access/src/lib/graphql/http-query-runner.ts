import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, PendingTasks } from '@angular/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../errors/api-error';
import { apiErrorFromGraphqlErrors, apiErrorFromHttpFailure } from '../errors/api-error-from-response';
import type { QueryRunner } from './graphql-executor';
import { operationName } from './operation-name';

interface GraphqlAnswer<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

/**
 * Sends queries as plain POSTs through HttpClient, as Apollo's HttpLink would
 * (same origin, JSON, which satisfies the API's CSRF prevention). Queries
 * always go to the network (see GraphqlExecutor), so Apollo's cache adds
 * nothing to them, and a visitor who only reads (the session check, a public
 * page) never downloads Apollo at all. Only the document printer is loaded.
 * Each query is a pending task from the start, so a server render waits for
 * it (HttpClient's own task only begins once the printer has loaded).
 */
export function httpQueryRunner(): QueryRunner {
  const http = inject(HttpClient);
  const pendingTasks = inject(PendingTasks);
  return async <TData>(document: TypedDocumentNode<TData, never>, variables?: object) => {
    const done = pendingTasks.add();
    try {
      return await send(http, document, variables);
    } finally {
      done();
    }
  };
}

async function send<TData>(
  http: HttpClient,
  document: TypedDocumentNode<TData, never>,
  variables: object | undefined,
): Promise<TData> {
  const body = {
    operationName: operationName(document),
    query: (await import('./print-document')).printDocument(document),
    variables: variables ?? {},
  };
  let answer: GraphqlAnswer<TData>;
  try {
    answer = await firstValueFrom(http.post<GraphqlAnswer<TData>>('/graphql', body));
  } catch (error) {
    throw error instanceof HttpErrorResponse && error.status > 0
      ? apiErrorFromHttpFailure(error.status, error.error)
      : new ApiError('NETWORK_ERROR');
  }
  if (answer.errors?.length) throw apiErrorFromGraphqlErrors(answer.errors);
  if (answer.data === null || answer.data === undefined) throw new ApiError('INTERNAL_SERVER_ERROR');
  return answer.data;
}
