import { formatRatio, ratio, ratioSpread } from './ratio.util.ts';

describe(ratio.name, () => {
  it('divides, and is NaN when the baseline measured nothing', () => {
    expect(ratio(50, 150)).toBeCloseTo(1 / 3);
    expect(ratio(50, 0)).toBeNaN();
    expect(ratio(Number.NaN, 10)).toBeNaN();
  });
});

describe(ratioSpread.name, () => {
  it('gives the median, lowest and highest per-round ratio', () => {
    expect(ratioSpread([10, 30, 20], [100, 100, 100])).toEqual({ median: 0.2, min: 0.1, max: 0.3 });
  });

  it('skips rounds where the baseline measured nothing', () => {
    expect(ratioSpread([10, 30], [100, 0])).toEqual({ median: 0.1, min: 0.1, max: 0.1 });
  });

  it('refuses rounds that do not pair up', () => {
    expect(() => ratioSpread([1, 2], [1])).toThrow(RangeError);
  });
});

describe(formatRatio.name, () => {
  it('prints two decimals and a times sign, or a dash', () => {
    expect(formatRatio(1 / 3)).toBe('0.33×');
    expect(formatRatio(Number.NaN)).toBe('–');
  });
});
