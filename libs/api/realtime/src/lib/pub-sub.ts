/**
 * Topic-based publish/subscribe for GraphQL subscriptions. Injected by this
 * abstract class; RealtimeModule binds it to Redis when REDIS_URL is set (so
 * every API instance sees every event) and to an in-process bus otherwise.
 *
 * Payloads travel as JSON in both implementations, so a subscriber gets the
 * same plain data (dates as ISO strings) whichever one runs. Delivery is
 * best-effort: the database stays the record, subscribers load what they show.
 */
export abstract class PubSub {
  /** Sends a payload to every current subscriber of the topic, on any instance. Never rejects. */
  abstract publish(topic: string, payload: unknown): Promise<void>;

  /**
   * Messages published on the topic from now on, in order. Calling return()
   * (graphql-ws does when the client stops or disconnects) removes the listener.
   */
  abstract subscribe<T>(topic: string): AsyncIterableIterator<T>;

  /** Ends every open subscription and releases connections (application shutdown). */
  abstract close(): Promise<void>;
}
