import { RedisPubSub } from '@lukuhaaste/api/realtime';
import { startRedisServer, type TestRedis } from './support/redis-server';
import { eventually } from './support/subscription-client';

const REDIS_PORT = 6394;
/** ioredis retries at growing intervals of at most 2 s. */
const RECONNECT_BOUND_MS = 10_000;

/**
 * Redis restarting under two API instances' pub/sub: live updates pause,
 * nothing throws (a mutation's publish must not fail its reply, an error
 * event must not end the process), and delivery resumes by itself.
 */
describe(`${RedisPubSub.name} while Redis restarts`, () => {
  let redis: TestRedis | undefined;
  let instanceA: RedisPubSub;
  let instanceB: RedisPubSub;

  afterAll(async () => {
    await Promise.all([instanceA?.close(), instanceB?.close()]);
    await redis?.close();
  });

  it('publishes without throwing while Redis is down and delivers again once it is back', async () => {
    redis = await startRedisServer(REDIS_PORT);
    instanceA = new RedisPubSub(redis.url);
    instanceB = new RedisPubSub(redis.url);
    const live = instanceB.subscribe<number>('thread:t1');
    const subscribed = (server: TestRedis) => async () => (await server.subscribers('thread:t1')) === 1;
    await eventually(subscribed(redis), 'SUBSCRIBE on instance B');

    await redis.close();
    redis = undefined;
    // Lost (delivery is best-effort), but the publisher's promise resolves.
    await expect(instanceA.publish('thread:t1', 1)).resolves.toBeUndefined();

    redis = await startRedisServer(REDIS_PORT);
    await eventually(subscribed(redis), 'instance B subscribed again', RECONNECT_BOUND_MS);
    await instanceA.publish('thread:t1', 2);
    expect(await live.next()).toEqual({ value: 2, done: false });
    await live.return?.();
  }, 30_000);
});
