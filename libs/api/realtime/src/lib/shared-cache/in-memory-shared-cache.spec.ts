import { InMemorySharedCache } from './in-memory-shared-cache';

describe(InMemorySharedCache.name, () => {
  let now = 0;
  const cache = () => new InMemorySharedCache(() => now);
  beforeEach(() => (now = 1_000_000));

  it('answers a value until its time is up, then nothing', async () => {
    const shared = cache();
    await shared.set('a', { n: 1 }, 60);
    now += 59_999;
    expect(await shared.get('a')).toEqual({ n: 1 });
    now += 1;
    expect(await shared.get('a')).toBeUndefined();
  });

  it('hands out copies through JSON, as Redis would: dates become strings, a caller cannot change the stored value', async () => {
    const shared = cache();
    const value = { at: new Date('2026-01-02T03:04:05.000Z'), list: [1] };
    await shared.set('a', value, 60);
    value.list.push(2);
    const first = await shared.get<{ at: string; list: number[] }>('a');
    first?.list.push(3);
    expect(await shared.get('a')).toEqual({ at: '2026-01-02T03:04:05.000Z', list: [1] });
  });

  it('starts the time again when a key is written again', async () => {
    const shared = cache();
    await shared.set('a', 1, 60);
    now += 50_000;
    await shared.set('a', 2, 60);
    now += 50_000;
    expect(await shared.get('a')).toBe(2);
  });

  it('keeps at most a thousand entries, dropping the oldest write', async () => {
    const shared = cache();
    for (let i = 0; i <= 1_000; i += 1) await shared.set(`k${i}`, i, 60);
    expect(await shared.get('k0')).toBeUndefined();
    expect(await shared.get('k1')).toBe(1);
    expect(await shared.get('k1000')).toBe(1000);
  });
});
