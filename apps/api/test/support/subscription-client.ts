import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

export interface SubscriptionClientOptions {
  /** Sent as connection_init's `authorization: Bearer …`. */
  token?: string;
  /** Headers of the websocket upgrade request (cookie, origin). */
  headers?: Record<string, string>;
}

export interface TestSubscription<T> {
  /** Every `next` payload so far. */
  readonly results: Array<FormattedExecutionResult<T, unknown>>;
  /** Resolves with the n-th result (0-based) once it has arrived. */
  result(index: number, timeoutMs?: number): Promise<FormattedExecutionResult<T, unknown>>;
  /** Resolves when the server completed the subscription or it failed. */
  ended(timeoutMs?: number): Promise<void>;
  dispose(): void;
}

/** A graphql-ws client as a browser tab or another service would use it, for one API's /graphql. */
export function subscriptionClient(baseUrl: string, { token, headers = {} }: SubscriptionClientOptions = {}): Client {
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocketWithHeaders,
    connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): TestSubscription<T> {
  const results: Array<FormattedExecutionResult<T, unknown>> = [];
  let done = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((waiter) => waiter());
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        results.push(result);
        wake();
      },
      error: (error) => {
        const errors = Array.isArray(error) ? error : [{ message: describeClose(error) }];
        results.push({ errors } as FormattedExecutionResult<T, unknown>);
        done = true;
        wake();
      },
      complete: () => {
        done = true;
        wake();
      },
    },
  );
  const waitUntil = (ready: () => boolean, what: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!ready()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`${what} did not arrive within ${timeoutMs} ms (got ${JSON.stringify(results)})`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return {
    results,
    result: async (index, timeoutMs = 5000) => {
      await waitUntil(() => results.length > index, `subscription result #${index}`, timeoutMs);
      return results[index] as FormattedExecutionResult<T, unknown>;
    },
    ended: (timeoutMs = 5000) => waitUntil(() => done, 'the end of the subscription', timeoutMs),
    dispose,
  };
}

/** graphql-ws reports a closed socket as a CloseEvent. */
function describeClose(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const { code, reason } = error as { code: number; reason?: string };
    return `socket closed ${code}${reason ? `: ${reason}` : ''}`;
  }
  return String(error);
}

/** Polls until `condition` holds; for state that has no event to wait on (e.g. a server-side listener count). */
export async function eventually(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
