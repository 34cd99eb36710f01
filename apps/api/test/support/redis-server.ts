import { Redis } from 'ioredis';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';

export interface TestRedis {
  url: string;
  /** A plain client for looking at the server (PUBSUB NUMSUB …). */
  probe: Redis;
  /** How many connections subscribe to a PubSub topic (RedisPubSub prefixes channels with `lukuhaaste:`). */
  subscribers(topic: string): Promise<number>;
  close(): Promise<void>;
}

/** Debian's redis-server on `port`, in memory only, for pub/sub between API instances. */
export async function startRedisServer(port: number): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: apt-get install redis-server (.ci/run does it)');
  }
  const server = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url);
  await probe.ping();
  return {
    url,
    probe,
    subscribers: async (topic) => {
      const [, count] = (await probe.pubsub('NUMSUB', `lukuhaaste:${topic}`)) as [string, number];
      return Number(count);
    },
    close: async () => {
      await probe.quit();
      const exited = once(server, 'exit');
      server.kill();
      // Gone for good, so a spec may start another on the same port or count on an outage.
      await exited;
    },
  };
}
