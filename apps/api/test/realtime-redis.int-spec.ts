import { RedisPubSub } from '@lukuhaaste/api/realtime';
import { Redis } from 'ioredis';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { eventually } from './support/subscription-client';

const REDIS_PORT = 6391;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;

/** Two API instances' pub/sub through one real Redis (Debian's redis-server). */
describe(`${RedisPubSub.name} against redis-server`, () => {
  let server: ChildProcess;
  let probe: Redis;
  let instanceA: RedisPubSub;
  let instanceB: RedisPubSub;

  beforeAll(async () => {
    if (spawnSync('redis-server', ['--version']).error) {
      throw new Error('redis-server is not installed: apt-get install redis-server (.ci/run does it)');
    }
    server = spawn('redis-server', ['--port', String(REDIS_PORT), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    probe = new Redis(REDIS_URL);
    await probe.ping();
    instanceA = new RedisPubSub(REDIS_URL);
    instanceB = new RedisPubSub(REDIS_URL);
  });
  afterAll(async () => {
    await Promise.all([instanceA?.close(), instanceB?.close(), probe?.quit()]);
    server?.kill();
  });

  const subscribers = async (topic: string) => {
    const [, count] = (await probe.pubsub('NUMSUB', `lukuhaaste:${topic}`)) as [string, number];
    return Number(count);
  };

  it('delivers what one instance publishes to a subscriber on the other, as JSON', async () => {
    const live = instanceB.subscribe<{ kind: string; at: string }>('thread:t1');
    await eventually(async () => (await subscribers('thread:t1')) === 1, 'SUBSCRIBE on instance B');
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
    await eventually(async () => (await subscribers('thread:t2')) === 1, 'one SUBSCRIBE for two listeners');
    await instanceA.publish('thread:t2', 1);
    expect((await first.next()).value).toBe(1);
    expect((await second.next()).value).toBe(1);
    await first.return?.();
    expect(await subscribers('thread:t2')).toBe(1);
    await second.return?.();
    await eventually(async () => (await subscribers('thread:t2')) === 0, 'UNSUBSCRIBE after the last listener');
  });
});
