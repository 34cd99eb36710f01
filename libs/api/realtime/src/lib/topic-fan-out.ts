import { TopicListener } from './topic-listener';

export interface TopicHooks {
  /** The topic got its first local listener (Redis: SUBSCRIBE). */
  firstListener(topic: string): void;
  /** The topic's last local listener left (Redis: UNSUBSCRIBE). */
  lastListenerGone(topic: string): void;
}

/** The listeners of this process per topic; both PubSub implementations deliver through it. */
export class TopicFanOut {
  private readonly topics = new Map<string, Set<TopicListener<unknown>>>();

  constructor(private readonly hooks?: TopicHooks) {}

  listen<T>(topic: string): TopicListener<T> {
    const listener = new TopicListener<T>((ended) => this.remove(topic, ended as TopicListener<unknown>));
    let listeners = this.topics.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.topics.set(topic, listeners);
      this.hooks?.firstListener(topic);
    }
    listeners.add(listener as TopicListener<unknown>);
    return listener;
  }

  deliver(topic: string, message: unknown): void {
    for (const listener of this.topics.get(topic) ?? []) listener.push(message);
  }

  listenerCount(topic: string): number {
    return this.topics.get(topic)?.size ?? 0;
  }

  /** Ends every listener, e.g. on shutdown, so their subscriptions complete. */
  endAll(): void {
    for (const listeners of [...this.topics.values()]) for (const listener of [...listeners]) listener.end();
  }

  private remove(topic: string, listener: TopicListener<unknown>): void {
    const listeners = this.topics.get(topic);
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.topics.delete(topic);
    this.hooks?.lastListenerGone(topic);
  }
}
