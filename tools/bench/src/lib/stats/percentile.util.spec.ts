import { percentile, summarize } from './percentile.util.ts';

describe(percentile.name, () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1, unsorted on purpose

  it('returns a measured sample by nearest rank', () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 1)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile([10, 20], 0.5)).toBe(10);
  });

  it('leaves the input in its order', () => {
    const samples = [3, 1, 2];
    percentile(samples, 0.5);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('is NaN without samples and refuses shares outside 0–1', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(() => percentile([1], 50)).toThrow(RangeError);
  });
});

describe(summarize.name, () => {
  it('gives count, mean, percentiles and maximum', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, mean: 2.5, p50: 2, p90: 4, p99: 4, max: 4 });
  });

  it('takes more samples than a function call has room for arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, index) => index % 1000);
    expect(summarize(many)).toMatchObject({ count: 500_000, max: 999, p50: 499 });
  });

  it('is all NaN but the count for no samples', () => {
    const empty = summarize([]);
    expect(empty.count).toBe(0);
    expect([empty.mean, empty.p50, empty.p99, empty.max].every(Number.isNaN)).toBe(true);
  });
});
