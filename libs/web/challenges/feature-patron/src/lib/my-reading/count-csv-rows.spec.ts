import { countCsvRows } from './count-csv-rows';

describe(countCsvRows.name, () => {
  it('counts records after the header, a quoted line break inside one', () => {
    expect(countCsvRows('Title,Review\r\nA,"line 1\nline 2"\r\nB,""\r\n')).toBe(2);
  });

  it('counts a last record without a line break, and nothing in an empty file', () => {
    expect(countCsvRows('Title\nA\nB')).toBe(2);
    expect(countCsvRows('')).toBe(0);
    expect(countCsvRows('Title\n')).toBe(0);
  });
});
