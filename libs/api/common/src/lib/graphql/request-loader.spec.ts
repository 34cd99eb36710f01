import { alignToKeys, groupToKeys, requestLoader } from './request-loader';

describe(requestLoader.name, () => {
  it('batches loads within one request and keeps requests apart', async () => {
    const batches: string[][] = [];
    const batch = async (keys: readonly string[]) => {
      batches.push([...keys]);
      return keys.map((key) => key.toUpperCase());
    };
    const first = {};
    const second = {};
    const results = await Promise.all([
      requestLoader(first, 'upper', batch).load('a'),
      requestLoader(first, 'upper', batch).load('b'),
    ]);
    expect(results).toEqual(['A', 'B']);
    await requestLoader(second, 'upper', batch).load('a');
    expect(batches).toEqual([['a', 'b'], ['a']]);
  });
});

describe('key alignment', () => {
  it('orders rows by key and fills gaps', () => {
    expect(alignToKeys(['b', 'x', 'a'], [{ id: 'a' }, { id: 'b' }], (row) => row.id, null)).toEqual([
      { id: 'b' },
      null,
      { id: 'a' },
    ]);
    expect(
      groupToKeys(
        ['a', 'b'],
        [
          { k: 'a', n: 1 },
          { k: 'a', n: 2 },
        ],
        (row) => row.k,
      ),
    ).toEqual([
      [
        { k: 'a', n: 1 },
        { k: 'a', n: 2 },
      ],
      [],
    ]);
  });
});
