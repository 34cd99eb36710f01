import { InMemoryPubSub } from './in-memory-pub-sub';

describe(InMemoryPubSub.name, () => {
  it('delivers to every subscriber of the topic and no other', async () => {
    const pubSub = new InMemoryPubSub();
    const first = pubSub.subscribe<{ n: number }>('thread:a');
    const second = pubSub.subscribe<{ n: number }>('thread:a');
    const other = pubSub.subscribe<{ n: number }>('thread:b');
    await pubSub.publish('thread:a', { n: 1 });
    expect(await first.next()).toEqual({ value: { n: 1 }, done: false });
    expect(await second.next()).toEqual({ value: { n: 1 }, done: false });
    await pubSub.publish('thread:b', { n: 2 });
    expect(await other.next()).toEqual({ value: { n: 2 }, done: false });
  });

  it('sends JSON like Redis would: dates become strings, undefined fields disappear', async () => {
    const pubSub = new InMemoryPubSub();
    const listener = pubSub.subscribe('topic');
    const at = new Date('2026-01-02T03:04:05.000Z');
    await pubSub.publish('topic', { at, missing: undefined });
    expect((await listener.next()).value).toEqual({ at: '2026-01-02T03:04:05.000Z' });
  });

  it('lets go of a subscriber on return(), also when it breaks out of for await', async () => {
    const pubSub = new InMemoryPubSub();
    const listener = pubSub.subscribe<number>('topic');
    const reader = (async () => {
      for await (const value of listener) if (value === 2) break;
    })();
    await pubSub.publish('topic', 1);
    await pubSub.publish('topic', 2);
    await reader;
    expect(pubSub.listenerCount('topic')).toBe(0);
    await pubSub.publish('topic', 3);
    expect(await listener.next()).toEqual({ value: undefined, done: true });
  });

  it('close() completes every open subscription', async () => {
    const pubSub = new InMemoryPubSub();
    const listener = pubSub.subscribe('topic');
    const pending = listener.next();
    await pubSub.close();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(pubSub.listenerCount('topic')).toBe(0);
  });
});
