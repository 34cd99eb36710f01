import { percentile } from './percentile.util.ts';

/** Ratio of a contender to its baseline: min, median and max over the rounds run side by side. */
export interface RatioSpread {
  median: number;
  min: number;
  max: number;
}

/** numerator / denominator; NaN when the baseline measured nothing (a ratio of nothing is no result). */
export function ratio(numerator: number, denominator: number): number {
  return denominator > 0 && Number.isFinite(numerator) ? numerator / denominator : Number.NaN;
}

/**
 * Per-round ratios of two contenders measured in the same rounds. The
 * spread shows how much other load on the machine moved the result: a wide
 * one means the single figure should not be trusted to two digits.
 */
export function ratioSpread(contender: readonly number[], baseline: readonly number[]): RatioSpread {
  if (contender.length !== baseline.length) {
    throw new RangeError(`rounds differ: ${contender.length} against ${baseline.length}`);
  }
  const ratios = contender.map((value, index) => ratio(value, baseline[index] as number)).filter(Number.isFinite);
  return {
    median: percentile(ratios, 0.5),
    min: ratios.length ? Math.min(...ratios) : Number.NaN,
    max: ratios.length ? Math.max(...ratios) : Number.NaN,
  };
}

/** "0.33×"; "–" for no result. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}
