import { setRecent } from '@lukuhaaste/api/common';
import { SharedCache } from './shared-cache';

/** Entries kept at most; past it the oldest go first (keys are few: a challenge × its branches). */
const MAX_ENTRIES = 1_000;

/** SharedCache for one instance: a map of JSON text with expiry times. */
export class InMemorySharedCache extends SharedCache {
  private readonly entries = new Map<string, { json: string; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return JSON.parse(entry.json) as T;
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    setRecent(
      this.entries,
      key,
      { json: JSON.stringify(value), expiresAt: this.now() + ttlSeconds * 1000 },
      MAX_ENTRIES,
    );
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
