import { aCategory } from '../../testing-fixtures';
import { insertCategory, moveLocally, moveTargets } from './category-order';

describe(moveTargets.name, () => {
  it('moves one place up or down', () => {
    expect(moveTargets(3, 5)).toEqual({ up: 2, down: 4 });
  });

  it('has nowhere to go past the ends', () => {
    expect(moveTargets(1, 5)).toEqual({ up: null, down: 2 });
    expect(moveTargets(5, 5)).toEqual({ up: 4, down: null });
    expect(moveTargets(1, 1)).toEqual({ up: null, down: null });
  });
});

describe(insertCategory.name, () => {
  it('shifts the later categories down like the server does', () => {
    const created = aCategory(2, { id: 'new' });

    const result = insertCategory([aCategory(1), aCategory(2), aCategory(3)], created);

    expect(result.map((c) => [c.id, c.position])).toEqual([
      ['cat-1', 1],
      ['new', 2],
      ['cat-2', 3],
      ['cat-3', 4],
    ]);
  });
});

describe(moveLocally.name, () => {
  it('renumbers 1..n around the moved category', () => {
    const result = moveLocally([aCategory(1), aCategory(2), aCategory(3)], 'cat-3', 1);

    expect(result.map((c) => [c.id, c.position])).toEqual([
      ['cat-3', 1],
      ['cat-1', 2],
      ['cat-2', 3],
    ]);
  });
});
