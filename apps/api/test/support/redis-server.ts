import { startRedisServer as startServer } from '@lukuhaaste/tools/util-process';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  /** A plain client for looking at the server (PUBSUB NUMSUB …). */
  probe: Redis;
  /** How many connections subscribe to a PubSub topic (RedisPubSub prefixes channels with `lukuhaaste:`). */
  subscribers(topic: string): Promise<number>;
  close(): Promise<void>;
}

/** Debian's redis-server on `port` (see startRedisServer) with a probe client, for pub/sub between API instances. */
export async function startRedisServer(port: number): Promise<TestRedis> {
  const server = await startServer(port);
  const probe = new Redis(server.url);
  return {
    url: server.url,
    probe,
    subscribers: async (topic) => {
      const [, count] = (await probe.pubsub('NUMSUB', `lukuhaaste:${topic}`)) as [string, number];
      return Number(count);
    },
    close: async () => {
      await probe.quit();
      // Gone for good, so a spec may start another on the same port or count on an outage.
      await server.stop();
    },
  };
}
