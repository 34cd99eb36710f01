/** Most messages kept for a subscriber that reads slower than they arrive. */
export const MAX_QUEUED_MESSAGES = 1000;

/**
 * One subscriber's queue as an async iterator. A subscriber that falls more
 * than MAX_QUEUED_MESSAGES behind is ended rather than buffered without bound;
 * its client sees the subscription complete and can subscribe again.
 */
export class TopicListener<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private ended = false;

  /** `onEnd` runs exactly once, however the listener ends. */
  constructor(private readonly onEnd: (listener: TopicListener<T>) => void) {}

  push(message: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: message, done: false });
      return;
    }
    if (this.queue.length >= MAX_QUEUED_MESSAGES) {
      this.end();
      return;
    }
    this.queue.push(message);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    this.queue.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Stops taking messages; what is already queued is still read, then the iterator is done. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd(this);
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
