import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';

/** Longest wait between reconnection attempts: a restarted server is found again within this. */
const MAX_RETRY_DELAY_MS = 30_000;

/** Subscriptions' transport, and a way to reconnect them under a new session. */
export interface WebsocketLink {
  link: ApolloLink;
  /** Reopens the socket (subscriptions included) so it carries the current session cookie. */
  restart(): void;
}

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
 * graphql-ws connects lazily (on the first subscription) and closes after the
 * last one ends. It retries for as long as the page lives: a subscription is a
 * page's live view, and giving up after a few tries would leave it silently
 * stale after a longer outage.
 */
export function createWebsocketLink(
  location: Pick<Location, 'protocol' | 'host'>,
  connect: (options: ClientOptions) => Client = createClient,
): WebsocketLink {
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
    link: new GraphQLWsLink(client),
    restart: () => {
      restarting = true;
      // A terminated socket counts as lost, so graphql-ws reconnects and resubscribes.
      client.terminate();
    },
  };
}
