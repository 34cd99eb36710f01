import { setRecent } from './set-recent.util';

describe(setRecent.name, () => {
  it('moves a re-set key to the newest place and drops the oldest beyond the bound', () => {
    const map = new Map<string, number>();
    setRecent(map, 'a', 1, 2);
    setRecent(map, 'b', 2, 2);
    setRecent(map, 'a', 3, 2);
    setRecent(map, 'c', 4, 2);

    expect([...map]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
  });
});
