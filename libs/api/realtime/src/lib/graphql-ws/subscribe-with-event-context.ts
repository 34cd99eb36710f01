import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';

type SubscribeResult = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

/**
 * graphql-js's subscribe(), except that every event is resolved with its own
 * context from `eventContext`. graphql-js reuses the subscription's context for
 * all events, so request-scoped caches (DataLoaders keyed by the request)
 * would serve the first event's rows to every later one: an edited comment
 * would arrive unedited.
 */
export async function subscribeWithEventContext(
  args: ExecutionArgs,
  eventContext: (operationContext: unknown) => unknown,
): Promise<SubscribeResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream as ExecutionResult;
  const source = stream[Symbol.asyncIterator]();
  const resolveEvent = (event: unknown) =>
    execute({ ...args, rootValue: event, contextValue: eventContext(args.contextValue) });
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      return step.done ? step : { value: await resolveEvent(step.value), done: false };
    },
    // Passed straight through (an async generator would wait for the next event first).
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: GraphQLError) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
