import { median } from './median.util.ts';

describe(median.name, () => {
  it('takes the middle of an odd number of values, whatever their order', () => {
    expect(median([3.5, 1.2, 2.8])).toBe(2.8);
    expect(median([72])).toBe(72);
  });

  it('takes the mean of the two middle values of an even number', () => {
    expect(median([400, 100, 300, 200])).toBe(250);
  });

  it('leaves the input in its order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('is NaN without values', () => {
    expect(median([])).toBeNaN();
  });
});
