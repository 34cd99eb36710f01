import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client, type ClientOptions, type FormattedExecutionResult } from 'graphql-ws/client';
import { Observable } from 'rxjs';
import { ApiError } from '../errors/api-error';
import { apiErrorFromGraphqlErrors } from '../errors/api-error-from-response';
import type { SubscriptionTransport } from './graphql-executor';
import { operationName } from './operation-name';
import { printDocument } from './print-document';

/** Longest wait between reconnection attempts: a restarted server is found again within this. */
const MAX_RETRY_DELAY_MS = 30_000;

/** The API's websocket endpoint on the page's own origin, so the session cookie goes along. */
export function websocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * Exponential backoff with jitter: after a deploy every open tab reconnects,
 * and spreading them over the second half of each interval keeps them from
 * arriving at the same instant.
 */
export function retryDelayMs(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** retries);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * Subscriptions straight over graphql-ws, without Apollo: a live view (a
 * category's discussion, the notifications bell) needs no cache, and a reader
 * who only reads then never downloads Apollo Client (loaded lazily, see
 * provideGraphqlClient). graphql-ws connects on the first subscription and
 * closes after the last one ends. It retries for as long as the page lives:
 * a subscription is a page's live view, and giving up after a few tries would
 * leave it silently stale after a longer outage.
 */
export function createWebsocketSubscriptions(
  location: Pick<Location, 'protocol' | 'host'>,
  connect: (options: ClientOptions) => Client = createClient,
): SubscriptionTransport {
  // A restart is no outage: reconnecting at once keeps the gap after login or logout short.
  let restarting = false;
  const client = connect({
    url: websocketUrl(location),
    retryAttempts: Infinity,
    retryWait: async (retries) => {
      if (restarting) return;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries)));
    },
    on: { connected: () => (restarting = false) },
  });
  return {
    subscribe: <TData>(document: TypedDocumentNode<TData, never>, variables?: object) =>
      new Observable<TData>((subscriber) =>
        client.subscribe<TData>(
          {
            operationName: operationName(document),
            query: printDocument(document),
            variables: (variables ?? {}) as Record<string, unknown>,
          },
          {
            next: (result: FormattedExecutionResult<TData>) => {
              if (result.errors?.length) subscriber.error(apiErrorFromGraphqlErrors(result.errors));
              else if (result.data) subscriber.next(result.data);
            },
            error: (error) => subscriber.error(subscriptionError(error)),
            complete: () => subscriber.complete(),
          },
        ),
      ),
    restart: () => {
      restarting = true;
      // A terminated socket counts as lost, so graphql-ws reconnects and resubscribes.
      client.terminate();
    },
  };
}

/** graphql-ws fails an operation with the server's GraphQL errors, or with the socket's close event or error. */
function subscriptionError(error: unknown): ApiError {
  return Array.isArray(error) && error.length > 0 ? apiErrorFromGraphqlErrors(error) : new ApiError('NETWORK_ERROR');
}
