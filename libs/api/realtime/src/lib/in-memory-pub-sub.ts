import { PubSub } from './pub-sub';
import { TopicFanOut } from './topic-fan-out';

/** Pub/sub inside this process: right for a single API instance and for tests. */
export class InMemoryPubSub extends PubSub {
  private readonly fanOut = new TopicFanOut();

  async publish(topic: string, payload: unknown): Promise<void> {
    // The JSON round trip gives subscribers what Redis would give them.
    this.fanOut.deliver(topic, JSON.parse(JSON.stringify(payload ?? null)));
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.fanOut.listen<T>(topic);
  }

  async close(): Promise<void> {
    this.fanOut.endAll();
  }

  /** Local listeners of a topic; lets tests see that an ended subscription let go. */
  listenerCount(topic: string): number {
    return this.fanOut.listenerCount(topic);
  }
}
