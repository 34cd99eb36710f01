import { formatTable } from './format-table.util.ts';

describe(formatTable.name, () => {
  it('aligns text left and figures right under a rule', () => {
    expect(
      formatTable(
        ['run', 'req/s'],
        [
          ['challenge-page', '85'],
          ['x', '1234'],
        ],
      ),
    ).toBe(
      ['run             req/s', '──────────────  ─────', 'challenge-page     85', 'x                1234'].join('\n'),
    );
  });
});
