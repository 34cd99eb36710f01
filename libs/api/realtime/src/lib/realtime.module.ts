import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { AfterCommitPublisher } from './after-commit-publisher';
import { InMemoryPubSub } from './in-memory-pub-sub';
import { PubSub } from './pub-sub';
import { RedisPubSub } from './redis-pub-sub';
import { InMemorySharedCache } from './shared-cache/in-memory-shared-cache';
import { RedisSharedCache } from './shared-cache/redis-shared-cache';
import { SharedCache } from './shared-cache/shared-cache';

/**
 * Global: any context may inject PubSub, AfterCommitPublisher and
 * SharedCache. Redis when REDIS_URL is set, else in-process.
 */
@Global()
@Module({
  providers: [
    {
      provide: PubSub,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PubSub =>
        config.REDIS_URL ? new RedisPubSub(config.REDIS_URL) : new InMemoryPubSub(),
    },
    {
      provide: SharedCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): SharedCache =>
        config.REDIS_URL ? new RedisSharedCache(config.REDIS_URL) : new InMemorySharedCache(),
    },
    AfterCommitPublisher,
  ],
  exports: [PubSub, AfterCommitPublisher, SharedCache],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(
    @Inject(PubSub) private readonly pubSub: PubSub,
    @Inject(SharedCache) private readonly cache: SharedCache,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.pubSub.close(), this.cache.close()]);
  }
}
