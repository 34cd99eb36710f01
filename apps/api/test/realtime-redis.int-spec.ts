import { RedisPubSub } from '@lukuhaaste/api/realtime';
import { startRedisServer, type TestRedis } from './support/redis-server';
import { eventually } from './support/subscription-client';

const REDIS_PORT = 6391;

/** Two API instances' pub/sub through one real Redis (Debian's redis-server). */
describe(`${RedisPubSub.name} against redis-server`, () => {
  let redis: TestRedis;
  let instanceA: RedisPubSub;
  let instanceB: RedisPubSub;

  beforeAll(async () => {
    redis = await startRedisServer(REDIS_PORT);
    instanceA = new RedisPubSub(redis.url);
    instanceB = new RedisPubSub(redis.url);
  });
  afterAll(async () => {
    await Promise.all([instanceA?.close(), instanceB?.close()]);
    await redis?.close();
  });

  it('delivers what one instance publishes to a subscriber on the other, as JSON', async () => {
    const live = instanceB.subscribe<{ kind: string; at: string }>('thread:t1');
    await eventually(async () => (await redis.subscribers('thread:t1')) === 1, 'SUBSCRIBE on instance B');
    await instanceA.publish('thread:t1', { kind: 'COMMENT_ADDED', at: new Date('2026-01-01T00:00:00Z') });
    expect(await live.next()).toEqual({
      value: { kind: 'COMMENT_ADDED', at: '2026-01-01T00:00:00.000Z' },
      done: false,
    });
    await live.return?.();
  });

  it('subscribes once per topic per instance and unsubscribes when the last local listener leaves', async () => {
    const first = instanceB.subscribe('thread:t2');
    const second = instanceB.subscribe('thread:t2');
    await eventually(async () => (await redis.subscribers('thread:t2')) === 1, 'one SUBSCRIBE for two listeners');
    await instanceA.publish('thread:t2', 1);
    expect((await first.next()).value).toBe(1);
    expect((await second.next()).value).toBe(1);
    await first.return?.();
    expect(await redis.subscribers('thread:t2')).toBe(1);
    await second.return?.();
    await eventually(async () => (await redis.subscribers('thread:t2')) === 0, 'UNSUBSCRIBE after the last listener');
  });
});
