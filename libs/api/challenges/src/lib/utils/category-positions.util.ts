/** Positions `from..to` (inclusive) move by `delta` to make room or close a gap. */
export interface PositionShift {
  from: number;
  to: number;
  delta: 1 | -1;
}

/**
 * Moving a category from `current` to `target` shifts the ones in between
 * one step towards the hole it leaves; null when nothing moves.
 */
export function shiftForMove(current: number, target: number): PositionShift | null {
  if (current === target) return null;
  return current < target ? { from: current + 1, to: target, delta: -1 } : { from: target, to: current - 1, delta: 1 };
}

/** Inserting at `position` among `count` categories pushes the later ones down. */
export function shiftForInsert(position: number, count: number): PositionShift | null {
  return position > count ? null : { from: position, to: count, delta: 1 };
}

/** Removing the category at `position` pulls the later ones up. */
export function shiftForRemove(position: number, count: number): PositionShift | null {
  return position >= count ? null : { from: position + 1, to: count, delta: -1 };
}

/** Positions always stay 1..n: a new one may go anywhere in 1..count+1, a move within 1..count. */
export function isValidPosition(position: number, max: number): boolean {
  return Number.isInteger(position) && position >= 1 && position <= max;
}
