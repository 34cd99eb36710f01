import { recentResults } from './recent-results.util';

describe(recentResults.name, () => {
  it('computes a key once while it is among the most recently used', async () => {
    const recent = recentResults<string>(2);
    const computed: string[] = [];
    const get = (key: string) =>
      recent(key, () => {
        computed.push(key);
        return Promise.resolve(key.toUpperCase());
      });

    expect(await Promise.all([get('a'), get('a'), get('b'), get('a')])).toEqual(['A', 'A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
    await get('c'); // evicts b, the least recently used
    await get('a');
    await get('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets a failure so the next request tries again', async () => {
    const recent = recentResults<string>(2);
    await expect(recent('a', () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
    expect(await recent('a', () => Promise.resolve('A'))).toBe('A');
  });
});
