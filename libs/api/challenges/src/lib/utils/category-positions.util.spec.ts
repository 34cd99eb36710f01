import {
  isValidPosition,
  shiftForInsert,
  shiftForMove,
  shiftForRemove,
  type PositionShift,
} from './category-positions.util';

/** Applies a shift plus the moved item's own change to a list of positions, like the SQL does. */
function apply(positions: number[], shift: PositionShift | null): number[] {
  return positions.map((position) =>
    shift && position >= shift.from && position <= shift.to ? position + shift.delta : position,
  );
}

describe('category positions', () => {
  it('moving down pulls the ones in between up', () => {
    expect(shiftForMove(2, 4)).toEqual({ from: 3, to: 4, delta: -1 });
    // Items at 1..5, the one at 2 goes to 4.
    const others = apply([1, 3, 4, 5], shiftForMove(2, 4));
    expect([...others, 4].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('moving up pushes the ones in between down', () => {
    expect(shiftForMove(5, 1)).toEqual({ from: 1, to: 4, delta: 1 });
    expect([...apply([1, 2, 3, 4], shiftForMove(5, 1)), 1].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('a move to the same place changes nothing', () => {
    expect(shiftForMove(3, 3)).toBeNull();
  });

  it('inserting makes room and appending shifts nothing', () => {
    expect(shiftForInsert(2, 3)).toEqual({ from: 2, to: 3, delta: 1 });
    expect(shiftForInsert(4, 3)).toBeNull();
    expect([...apply([1, 2, 3], shiftForInsert(1, 3)), 1].sort()).toEqual([1, 2, 3, 4]);
  });

  it('removing closes the gap and removing the last shifts nothing', () => {
    expect(shiftForRemove(2, 4)).toEqual({ from: 3, to: 4, delta: -1 });
    expect(shiftForRemove(4, 4)).toBeNull();
    expect(apply([1, 3, 4], shiftForRemove(2, 4))).toEqual([1, 2, 3]);
  });

  it('accepts only whole positions within 1..max', () => {
    expect(isValidPosition(1, 1)).toBe(true);
    expect(isValidPosition(0, 3)).toBe(false);
    expect(isValidPosition(4, 3)).toBe(false);
    expect(isValidPosition(1.5, 3)).toBe(false);
  });
});
