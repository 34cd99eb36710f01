import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Client, ClientOptions, Sink, SubscribePayload } from 'graphql-ws';
import { ThreadEventsDocument } from '../../generated/discussion';
import { MeDocument } from '../../generated/graphql';
import { ApiError } from '../errors/api-error';
import { createGraphqlExecutor } from './apollo-client';
import { createWebsocketLink } from './websocket-link';

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

describe(createGraphqlExecutor.name, () => {
  function setUp() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const ws = new FakeWsClient();
    const websocket = createWebsocketLink({ protocol: 'https:', host: 'lukuhaaste.example.fi' }, ws.connect);
    const executor = createGraphqlExecutor(TestBed.inject(EnvironmentInjector), websocket);
    return { executor, ws, http: TestBed.inject(HttpTestingController) };
  }

  it('sends subscriptions over the websocket of the page’s origin and queries over HTTP', async () => {
    const { executor, ws, http } = setUp();
    const received: string[] = [];
    executor
      .subscribe(ThreadEventsDocument, { threadId: 't1' })
      .subscribe((data) => received.push(data.threadEvents.kind));
    const me = executor.query(MeDocument);

    expect(ws.options?.url).toBe('wss://lukuhaaste.example.fi/graphql');
    expect(ws.operations).toHaveLength(1);
    expect(ws.operations[0].payload).toMatchObject({ operationName: 'ThreadEvents', variables: { threadId: 't1' } });
    expect(ws.operations[0].payload.query).toContain('subscription ThreadEvents');

    const request = http.expectOne('/graphql');
    expect(request.request.body).toMatchObject({ operationName: 'Me' });
    request.flush({ data: { me: null } });
    await expect(me).resolves.toEqual({ me: null });

    ws.operations[0].sink.next({ data: { threadEvents: threadLocked } });
    expect(received).toEqual(['THREAD_LOCKED']);
    http.verify();
  });

  it('maps a subscription’s GraphQL errors to ApiError', () => {
    const { executor, ws } = setUp();
    const errors: unknown[] = [];
    executor.subscribe(ThreadEventsDocument, { threadId: 'draft' }).subscribe({ error: (error) => errors.push(error) });

    ws.operations[0].sink.error([{ message: 'Thread not found', extensions: { code: 'NOT_FOUND' } }]);

    expect(errors).toEqual([new ApiError('NOT_FOUND')]);
    expect((errors[0] as ApiError).code).toBe('NOT_FOUND');
  });

  it('reports a lost connection that cannot be retried as a network error', () => {
    const { executor, ws } = setUp();
    const errors: unknown[] = [];
    executor.subscribe(ThreadEventsDocument, { threadId: 't1' }).subscribe({ error: (error) => errors.push(error) });

    ws.operations[0].sink.error({ code: 4403, reason: 'Forbidden' });

    expect((errors[0] as ApiError).code).toBe('NETWORK_ERROR');
  });

  it('ends the operation on the server when the subscriber unsubscribes', () => {
    const { executor, ws } = setUp();
    const subscription = executor.subscribe(ThreadEventsDocument, { threadId: 't1' }).subscribe();
    expect(ws.operations[0].disposed).toBe(false);

    subscription.unsubscribe();

    expect(ws.operations[0].disposed).toBe(true);
  });

  it('reconnects the socket at once on reset, so subscriptions carry the new session', async () => {
    const { executor, ws } = setUp();

    await executor.reset();

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
