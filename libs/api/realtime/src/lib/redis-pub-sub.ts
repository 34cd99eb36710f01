import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { PubSub } from './pub-sub';
import { TopicFanOut } from './topic-fan-out';

/** Keeps our channels apart from anything else using the same Redis. */
const CHANNEL_PREFIX = 'lukuhaaste:';
/** A publish waits this many reconnect attempts at most, so a Redis outage cannot hold a mutation's reply. */
const PUBLISH_RETRIES = 2;

/**
 * Pub/sub through Redis so every API instance sees every event. A subscriber
 * connection cannot run other commands, hence two connections. Each topic is
 * SUBSCRIBEd once per instance while it has local listeners, and incoming
 * messages fan out to them. ioredis reconnects and re-subscribes by itself;
 * messages published during an outage are lost (delivery is best-effort).
 */
export class RedisPubSub extends PubSub {
  private readonly logger = new Logger(RedisPubSub.name);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly fanOut = new TopicFanOut({
    firstListener: (topic) => this.command('SUBSCRIBE', this.subscriber.subscribe(CHANNEL_PREFIX + topic)),
    lastListenerGone: (topic) => this.command('UNSUBSCRIBE', this.subscriber.unsubscribe(CHANNEL_PREFIX + topic)),
  });

  constructor(url: string) {
    super();
    this.publisher = this.connect(url, 'publisher', { maxRetriesPerRequest: PUBLISH_RETRIES });
    this.subscriber = this.connect(url, 'subscriber', {});
    this.subscriber.on('message', (channel: string, message: string) => this.receive(channel, message));
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.command('PUBLISH', this.publisher.publish(CHANNEL_PREFIX + topic, JSON.stringify(payload ?? null)));
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.fanOut.listen<T>(topic);
  }

  async close(): Promise<void> {
    this.fanOut.endAll();
    await Promise.all([this.publisher.quit(), this.subscriber.quit()].map((quit) => quit.catch(() => undefined)));
  }

  private connect(url: string, role: string, options: { maxRetriesPerRequest?: number }): Redis {
    const connection = new Redis(url, { ...options, connectionName: `lukuhaaste-${role}` });
    // ioredis emits an error per failed reconnect attempt; one line per outage is enough.
    let reported = false;
    connection.on('error', (error: Error) => {
      if (!reported) this.logger.error(`Redis ${role} connection: ${error.message}; reconnecting`);
      reported = true;
    });
    connection.on('ready', () => {
      if (reported) this.logger.log(`Redis ${role} connection is back`);
      reported = false;
    });
    return connection;
  }

  private receive(channel: string, message: string): void {
    if (!channel.startsWith(CHANNEL_PREFIX)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      this.logger.warn(`Ignored a message on ${channel} that is not JSON`);
      return;
    }
    this.fanOut.deliver(channel.slice(CHANNEL_PREFIX.length), payload);
  }

  /** Redis trouble is logged, never thrown: live updates are extras on top of what is committed. */
  private async command(name: string, pending: Promise<unknown>): Promise<void> {
    try {
      await pending;
    } catch (error) {
      this.logger.error(`Redis ${name} failed: ${(error as Error).message}`);
    }
  }
}
