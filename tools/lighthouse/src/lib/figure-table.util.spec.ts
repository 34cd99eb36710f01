import { figureTable } from './figure-table.util.ts';

describe(figureTable.name, () => {
  it('prints one aligned row per page under the goals and marks each figure that misses its goal', () => {
    const table = figureTable([
      {
        name: 'home',
        figures: { performance: 72, lcpMs: 3500, tbtMs: 720.4, cls: 0.012, accessibility: 100, bestPractices: 93 },
      },
      {
        name: 'category',
        figures: { performance: 96, lcpMs: 2500, tbtMs: 200, cls: 0.06, accessibility: 100, bestPractices: 100 },
      },
    ]);

    expect(table.split('\n')).toEqual([
      'page      performance  LCP      TBT       CLS      accessibility  best practices',
      'goal      ≥ 95         ≤ 2.5 s  ≤ 200 ms  ≤ 0.05   100            100',
      'home      72 ✗         3.5 s ✗  720 ms ✗  0.012    100            93 ✗',
      'category  96           2.5 s    200 ms    0.060 ✗  100            100',
    ]);
  });
});
