import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

interface ThreadEventPayload {
  data?: { threadEvents?: { kind: string; commentId: string | null } } | null;
}

export interface ThreadListeners {
  /**
   * When each listener received COMMENT_ADDED for `commentId`
   * (performance.now() in this process), null for those that did not within the timeout.
   */
  arrivals(commentId: string, timeoutMs: number): Promise<Array<number | null>>;
  close(): Promise<void>;
}

/**
 * `count` anonymous readers following one thread, each over its own
 * websocket as separate browser tabs do, with the web app's ThreadEvents
 * subscription. Records when each new comment reaches each of them.
 */
export function listenToThread(baseUrl: string, threadId: string, count: number, query: string): ThreadListeners {
  const received = Array.from({ length: count }, () => new Map<string, number>());
  const waiters = new Set<() => void>();
  const clients: Client[] = [];
  for (const arrivals of received) {
    const client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    clients.push(client);
    client.subscribe<ThreadEventPayload['data']>(
      { operationName: 'ThreadEvents', query, variables: { threadId } },
      {
        next: ({ data }) => {
          const event = (data as ThreadEventPayload['data'])?.threadEvents;
          if (event?.kind !== 'COMMENT_ADDED' || !event.commentId) return;
          arrivals.set(event.commentId, performance.now());
          waiters.forEach((wake) => wake());
        },
        error: (error) => console.error(`A subscriber on ${baseUrl} failed:`, error),
        complete: () => undefined,
      },
    );
  }
  return {
    arrivals: (commentId, timeoutMs) =>
      new Promise((resolve) => {
        const collect = () => received.map((arrivals) => arrivals.get(commentId) ?? null);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(collect());
        };
        const check = () => {
          if (collect().every((arrival) => arrival !== null)) finish();
        };
        const timer = setTimeout(finish, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: async () => {
      await Promise.all(clients.map((client) => client.dispose()));
    },
  };
}
