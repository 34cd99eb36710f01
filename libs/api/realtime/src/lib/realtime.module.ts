import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { AfterCommitPublisher } from './after-commit-publisher';
import { InMemoryPubSub } from './in-memory-pub-sub';
import { PubSub } from './pub-sub';
import { RedisPubSub } from './redis-pub-sub';

/** Global: any context may inject PubSub and AfterCommitPublisher. Redis when REDIS_URL is set, else in-process. */
@Global()
@Module({
  providers: [
    {
      provide: PubSub,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PubSub =>
        config.REDIS_URL ? new RedisPubSub(config.REDIS_URL) : new InMemoryPubSub(),
    },
    AfterCommitPublisher,
  ],
  exports: [PubSub, AfterCommitPublisher],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(@Inject(PubSub) private readonly pubSub: PubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close();
  }
}
