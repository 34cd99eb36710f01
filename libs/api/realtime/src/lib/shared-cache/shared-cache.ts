/**
 * Short-lived values every API instance sees: Redis when REDIS_URL is set
 * (RealtimeModule binds it), else this process's memory. Values go through
 * JSON either way, so callers get plain data back. A cache, not a store: a
 * value may be gone before its time (Redis down, memory bound reached), and
 * nothing removes it early but its expiry.
 */
export abstract class SharedCache {
  /** The value stored under `key` if it has not expired; undefined otherwise or when the cache is unreachable. */
  abstract get<T>(key: string): Promise<T | undefined>;

  /** Stores `value` for `ttlSeconds`; a cache that is unreachable skips it. */
  abstract set(key: string, value: unknown, ttlSeconds: number): Promise<void>;

  abstract close(): Promise<void>;
}
