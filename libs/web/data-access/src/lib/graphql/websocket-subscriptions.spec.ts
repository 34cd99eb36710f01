import type { Client, ClientOptions, Sink, SubscribePayload } from 'graphql-ws';
import { ThreadEventsDocument } from '../../generated/discussion';
import { ApiError } from '../errors/api-error';
import { createWebsocketSubscriptions, retryDelayMs, websocketUrl } from './websocket-subscriptions';

describe(websocketUrl.name, () => {
  it('uses wss behind https and ws otherwise, on the page’s own host and port', () => {
    expect(websocketUrl({ protocol: 'https:', host: 'lukuhaaste.example.fi' })).toBe(
      'wss://lukuhaaste.example.fi/graphql',
    );
    expect(websocketUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/graphql');
  });
});

describe(retryDelayMs.name, () => {
  it('doubles the wait with each failed attempt, jittered over the upper half of the interval', () => {
    expect(retryDelayMs(0, () => 0)).toBe(500);
    expect(retryDelayMs(0, () => 1)).toBe(1000);
    expect(retryDelayMs(3, () => 0)).toBe(4000);
    expect(retryDelayMs(3, () => 1)).toBe(8000);
  });

  it('waits at most 30 seconds however long the server has been away', () => {
    expect(retryDelayMs(5, () => 1)).toBe(30_000);
    expect(retryDelayMs(1000, () => 1)).toBe(30_000);
    expect(retryDelayMs(1000, () => 0)).toBe(15_000);
  });
});

/** Stands in for graphql-ws: records what the link subscribes to and lets the test answer. */
class FakeWsClient {
  options: ClientOptions | undefined;
  readonly operations: Array<{ payload: SubscribePayload; sink: Sink; disposed: boolean }> = [];
  terminations = 0;

  connect = (options: ClientOptions): Client => {
    this.options = options;
    return {
      subscribe: (payload: SubscribePayload, sink: Sink) => {
        const operation = { payload, sink, disposed: false };
        this.operations.push(operation);
        return () => (operation.disposed = true);
      },
      terminate: () => this.terminations++,
    } as unknown as Client;
  };
}

const threadLocked = {
  __typename: 'ThreadEvent',
  kind: 'THREAD_LOCKED',
  threadId: 't1',
  commentId: null,
  comment: null,
  thread: null,
} as const;

describe(createWebsocketSubscriptions.name, () => {
  function setUp() {
    const ws = new FakeWsClient();
    const transport = createWebsocketSubscriptions({ protocol: 'https:', host: 'lukuhaaste.example.fi' }, ws.connect);
    return { transport, ws };
  }

  it('sends subscriptions over the websocket of the page’s origin, as printed documents', () => {
    const { transport, ws } = setUp();
    const received: string[] = [];
    transport
      .subscribe(ThreadEventsDocument, { threadId: 't1' })
      .subscribe((data) => received.push(data.threadEvents.kind));

    expect(ws.options?.url).toBe('wss://lukuhaaste.example.fi/graphql');
    expect(ws.operations).toHaveLength(1);
    expect(ws.operations[0].payload).toMatchObject({ operationName: 'ThreadEvents', variables: { threadId: 't1' } });
    expect(ws.operations[0].payload.query).toContain('subscription ThreadEvents');

    ws.operations[0].sink.next({ data: { threadEvents: threadLocked } });
    expect(received).toEqual(['THREAD_LOCKED']);
  });

  it('maps GraphQL errors in a result to ApiError', () => {
    const { transport, ws } = setUp();
    const errors: unknown[] = [];
    transport.subscribe(ThreadEventsDocument, { threadId: 't1' }).subscribe({ error: (error) => errors.push(error) });

    ws.operations[0].sink.next({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] });

    expect((errors[0] as ApiError).code).toBe('FORBIDDEN');
  });

  it('maps a subscription’s GraphQL errors to ApiError', () => {
    const { transport, ws } = setUp();
    const errors: unknown[] = [];
    transport
      .subscribe(ThreadEventsDocument, { threadId: 'draft' })
      .subscribe({ error: (error) => errors.push(error) });

    ws.operations[0].sink.error([{ message: 'Thread not found', extensions: { code: 'NOT_FOUND' } }]);

    expect(errors).toEqual([new ApiError('NOT_FOUND')]);
    expect((errors[0] as ApiError).code).toBe('NOT_FOUND');
  });

  it('reports a lost connection that cannot be retried as a network error', () => {
    const { transport, ws } = setUp();
    const errors: unknown[] = [];
    transport.subscribe(ThreadEventsDocument, { threadId: 't1' }).subscribe({ error: (error) => errors.push(error) });

    ws.operations[0].sink.error({ code: 4403, reason: 'Forbidden' });

    expect((errors[0] as ApiError).code).toBe('NETWORK_ERROR');
  });

  it('ends the operation on the server when the subscriber unsubscribes', () => {
    const { transport, ws } = setUp();
    const subscription = transport.subscribe(ThreadEventsDocument, { threadId: 't1' }).subscribe();
    expect(ws.operations[0].disposed).toBe(false);

    subscription.unsubscribe();

    expect(ws.operations[0].disposed).toBe(true);
  });

  it('reconnects the socket at once on restart, so subscriptions carry the new session', async () => {
    const { transport, ws } = setUp();

    transport.restart();

    expect(ws.terminations).toBe(1);
    jest.useFakeTimers();
    try {
      // No backoff for a restart (fake timers: a pending wait would never settle)…
      await expect(ws.options?.retryWait?.(0)).resolves.toBeUndefined();
      ws.options?.on?.connected?.({} as never, undefined, false);
      // …but after the new connection a real outage backs off again.
      let waited = false;
      void ws.options?.retryWait?.(0).then(() => (waited = true));
      await jest.advanceTimersByTimeAsync(499);
      expect(waited).toBe(false);
      await jest.advanceTimersByTimeAsync(501);
      expect(waited).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
