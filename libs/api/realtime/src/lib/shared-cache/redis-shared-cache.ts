import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { SharedCache } from './shared-cache';

/** Keeps our keys apart from anything else using the same Redis. */
const KEY_PREFIX = 'lukuhaaste:cache:';

/**
 * SharedCache in Redis (GET, SET … EX), so every instance answers from the
 * value one of them computed. Redis trouble makes a miss, not an error: the
 * caller computes the value itself, and one failed attempt per command keeps
 * an outage from holding requests.
 */
export class RedisSharedCache extends SharedCache {
  private readonly logger = new Logger(RedisSharedCache.name);
  private readonly redis: Redis;
  private failing = false;

  constructor(url: string) {
    super();
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectionName: 'lukuhaaste-cache' });
    // ioredis emits an error per failed reconnect attempt; one line per outage is enough.
    this.redis.on('error', (error: Error) => this.report(error));
    this.redis.on('ready', () => (this.failing = false));
  }

  async get<T>(key: string): Promise<T | undefined> {
    try {
      const json = await this.redis.get(KEY_PREFIX + key);
      return json === null ? undefined : (JSON.parse(json) as T);
    } catch (error) {
      this.report(error as Error);
      return undefined;
    }
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    try {
      await this.redis.set(KEY_PREFIX + key, JSON.stringify(value), 'EX', ttlSeconds);
    } catch (error) {
      this.report(error as Error);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  private report(error: Error): void {
    if (this.failing) return;
    this.failing = true;
    this.logger.error(`Redis cache: ${error.message}; answering without the cache meanwhile`);
  }
}
